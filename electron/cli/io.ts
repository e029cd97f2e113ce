/** What a CLI command reads and writes, so tests can run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
};

/** Exit codes shared by every command: 0 success, 1 rejected content, 2 unreadable input or usage error. */
export const EXIT = { OK: 0, REJECTED: 1, USAGE: 2 } as const;

/** A usage or input error: printed in French on stderr, exit code 2. */
export class CliUsageError extends Error {}
