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
import { DEFAULT_SHARING, type DraftMessage, type DraftRequest } from '../../electron/app/demo/draft-protocol';

const NOW = '2009-06-15T14:00:00Z';

describe('the worker threads of the cae bundle', () => {
  it('builds csv-worker.mjs, check-worker.mjs and demo-worker.mjs beside main.mjs, and the bundled checker answers as fileProblems does', async () => {
    await buildCli();
    const dir = path.dirname(CLI_BUNDLE);
    for (const name of ['csv-worker.mjs', 'check-worker.mjs', 'demo-worker.mjs']) expect(fs.existsSync(path.join(dir, name))).toBe(true);
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

  it('bundles exactly the migrations of the sources: one removed or renamed there goes from the bundle', async () => {
    const bundled = path.join(path.dirname(CLI_BUNDLE), 'migrations');
    fs.mkdirSync(bundled, { recursive: true });
    fs.writeFileSync(path.join(bundled, '0999-removed-since.sql'), 'SELECT 1;');
    await buildCli();
    expect(fs.readdirSync(bundled).sort()).toEqual(fs.readdirSync(path.resolve(import.meta.dirname, '..', '..', 'electron', 'db', 'migrations')).sort());
  }, 120_000);

  it('drafts a demo from the bundle, its writes posted by batches', async () => {
    if (!fs.existsSync(path.join(path.dirname(CLI_BUNDLE), 'demo-worker.mjs'))) await buildCli();
    const { port1, port2 } = new MessageChannel();
    const state = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
    const request: DraftRequest = { options: { role: 'agence', conventions: 300, seed: 1 }, sharing: DEFAULT_SHARING, lastRowids: {}, state, port: port2 };
    const worker = new Worker(pathToFileURL(path.join(path.dirname(CLI_BUNDLE), 'demo-worker.mjs')), { workerData: request, transferList: [port2] });
    try {
      const kinds: string[] = [];
      for (;;) {
        const [message] = (await once(port1, 'message')) as [DraftMessage];
        kinds.push(message.kind);
        if (message.kind !== 'writes') {
          expect(message.kind === 'drafted' && message.drafted.conventionIds).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
          break;
        }
        expect(message.writes.calls.length).toBeGreaterThan(0);
      }
      expect(kinds).toEqual(['writes', 'drafted']);
    } finally {
      port1.close();
      await worker.terminate();
    }
  }, 120_000);
});
