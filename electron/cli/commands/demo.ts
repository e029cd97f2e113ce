/** `cae demo --conventions N --seed S [--role agence|employeur] --data-dir DIR`: the demo workspace, deterministic for a seed. */
import { parseArgs } from 'node:util';
import { taskProgressText } from '../../../shared/format/progress';
import { WORKSPACE_ROLES, type WorkspaceRole } from '../../../shared/domain/enums';
import { defaultDataDirSources, demoDatabasePath, resolveDataDir } from '../../app/data-dir';
import { demoDefaults, generateDemoWorkspace } from '../../app/demo/generate';
import { makePrivateDir } from '../../db/private-files';
import { CliUsageError, EXIT, type CliIo } from '../io';
import { integerOption } from '../options';
import { lockFolder } from '../workspace-db';

export async function runDemo(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      conventions: { type: 'string' },
      seed: { type: 'string' },
      role: { type: 'string' },
      'data-dir': { type: 'string' },
      json: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  const role = (values.role ?? 'agence') as WorkspaceRole;
  if (!WORKSPACE_ROLES.includes(role)) throw new CliUsageError(`--role : « ${values.role} » inconnu (agence ou employeur).`);
  const defaults = demoDefaults(role);
  const conventions = integerOption(values.conventions, '--conventions', defaults.conventions, 1, 1_000_000);
  const seed = integerOption(values.seed, '--seed', defaults.seed, 0, 2 ** 31 - 1);
  const dataDir = resolveDataDir({ ...defaultDataDirSources(values['data-dir']), env: io.env, cwd: io.cwd });
  const file = demoDatabasePath(dataDir, role);
  makePrivateDir(dataDir);
  const lock = await lockFolder(io, dataDir, 'demo');
  const started = performance.now();
  try {
    // Progress goes to stderr: stdout (and --json) stay the single summary line.
    // Only a long generation (10,000 conventions and more) tells it: a small demo is made in a moment.
    const onProgress = (done: number, total: number) => {
      if (total >= 10_000) io.stderr(`${taskProgressText({ task: 'demo', done, total })}\n`);
    };
    generateDemoWorkspace({ file, role, conventions, seed, onProgress });
  } finally {
    lock.release();
  }
  const seconds = (performance.now() - started) / 1000;
  if (values.json) {
    io.stdout(`${JSON.stringify({ file, role, conventions, seed })}\n`);
  } else {
    io.stdout(`Espace de démonstration (${role}) : ${conventions} conventions, graine ${seed}, en ${seconds.toFixed(1)} s.\n  ${file}\n`);
  }
  return EXIT.OK;
}
