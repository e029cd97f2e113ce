/**
 * The worker threads of the `cae` bundle (scripts/build-cli.mjs): each entry
 * is built beside main.mjs, where electron/threads/worker-script.ts looks for
 * it, and the checker of exchange files answers from the bundle as it does
 * from the sources (a missing or broken one would only be noticed as a slower
 * import: the importing thread then checks the file itself).
 */
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { buildCli, CLI_BUNDLE } from '../../scripts/build-cli.mjs';
import { CHECK_STATE, type CheckRequest } from '../../electron/sync/check-protocol';
import { fileProblems } from '../../electron/sync/file-problems';

const NOW = '2009-06-15T14:00:00Z';

describe('the worker threads of the cae bundle', () => {
  it('builds csv-worker.mjs and check-worker.mjs beside main.mjs, and the bundled checker answers as fileProblems does', async () => {
    await buildCli();
    const dir = path.dirname(CLI_BUNDLE);
    for (const name of ['csv-worker.mjs', 'check-worker.mjs']) expect(fs.existsSync(path.join(dir, name))).toBe(true);
    const worker = new Worker(pathToFileURL(path.join(dir, 'check-worker.mjs')));
    const { port1, port2 } = new MessageChannel();
    try {
      expect(await once(worker, 'message')).toEqual(['ready']);
      const bytes = Buffer.from('{ "header": { "format": "cae.exchange" }, "lines": [] }', 'utf8');
      const state = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
      worker.postMessage({ bytes, now: NOW, state, port: port2 } satisfies CheckRequest, [port2]);
      const [answer] = (await once(port1, 'message')) as [{ problems: string[] }];
      expect(answer.problems).toEqual(fileProblems(bytes, NOW));
      expect(answer.problems[0]).toContain('version du format');
      // Raised just after the answer is posted: a caller that waits on it (Atomics.wait) finds the answer there.
      await vi.waitFor(() => expect(Atomics.load(state, 0)).toBe(CHECK_STATE.ANSWERED));
    } finally {
      port1.close();
      await worker.terminate();
    }
  }, 120_000);
});
