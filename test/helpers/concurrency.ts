/** Second processes for the concurrency tests (test/helpers/concurrency-child.ts run by tsx), killed after each test. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Starts children that say « prêt » when ready; every one still running is killed after the test. */
export function useChildren(): (args: string[]) => Promise<ChildProcess & { output: () => string }> {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
  });
  return async (args) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'helpers', 'concurrency-child.ts'), ...args], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    children.push(child);
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('prêt')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`le second processus s’est arrêté (${code})`)));
    });
    return Object.assign(child, { output: () => output });
  };
}
