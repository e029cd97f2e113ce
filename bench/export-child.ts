/**
 * Child of bench/export.ts: exports the conventions of a workspace copy to a
 * file as the app's worker thread does (electron/exports/csv-worker.ts): on
 * a read-only connection of its own (openExportReader), the workspace open
 * beside it as the app has it. Prints its time and peak RSS as JSON. The
 * worker itself is left out: run from the sources, it would compile them
 * again with tsx, which the built app does not.
 */
import { performance } from 'node:perf_hooks';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { openDatabase } from '../electron/db/connection';
import { openExportReader } from '../electron/db/export-reader';
import { writeListCsv } from '../electron/exports/index';

/**
 * This process's peak resident memory, MB: on Linux VmHWM (/proc/self/status), as bench/browser.ts reads the server's;
 * getrusage's maxRSS also counts the memory of the parent at fork (the bench process, which holds the demos it made).
 */
function peakRssMB(): number {
  try {
    const kB = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kB !== undefined) return Number(kB) / 1024;
  } catch {
    // Not Linux: maxRSS below.
  }
  return process.resourceUsage().maxRSS / 1024;
}

const [file, out, mode] = process.argv.slice(2) as [string, string, string | undefined];
const db = openDatabase(file);
if (mode === 'idle') {
  // The baseline of memory: the same process opening the same workspace, exporting nothing.
  db.close();
  process.stdout.write(JSON.stringify({ rows: 0, ms: 0, maxRssMB: peakRssMB() }));
  process.exit(0);
}
const started = performance.now();
const reader = openExportReader(file, {});
const fd = openSync(out, 'w');
const rows = writeListCsv(reader, { list: 'conventions' }, '2009-06-15', (chunk) => {
  writeSync(fd, chunk, null, 'utf8');
});
closeSync(fd);
reader.close();
const ms = performance.now() - started;
db.close();
process.stdout.write(JSON.stringify({ rows, ms, maxRssMB: peakRssMB() }));
