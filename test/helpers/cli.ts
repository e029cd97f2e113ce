import type { CliIo } from '../../electron/cli/io';

/** An in-memory CliIo for command tests. */
export function fakeIo(cwd: string): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    env: {},
    cwd,
    out: () => out,
    err: () => err,
  };
}
