/**
 * The process the kill harness (kill-harness.ts) SIGKILLs, run by
 * `node --import tsx kill-child.ts TASK.json`. It opens the workspace of the
 * task's data folder as the app does (or, for a migration, nothing yet), says
 * « prêt », and on a line on stdin performs the write: one channel call, or
 * opening an old database (its migrations). Then it says « fait N » (the
 * milliseconds the write took) and closes the workspace.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openTask, type KillTask } from './kill-harness';

const task = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as KillTask;
const opened = openTask(task);
process.stdout.write('prêt\n');
process.stdin.once('data', () => {
  process.stdin.destroy();
  const start = performance.now();
  void opened.write().then((outcome) => {
    process.stdout.write(`fait ${(performance.now() - start).toFixed(2)} ${outcome}\n`);
    opened.close();
  });
});
