/**
 * The checks of an exchange file in a worker thread (issue #16): the worker
 * answers each request on its own port, with what fileProblems gives in the
 * calling thread, and a caller waits for it synchronously.
 */
import { describe, expect, it, vi } from 'vitest';
import { linesChecksum } from './canonical';
import { checkerReady, startFileCheck, type PendingCheck } from './check-in-worker';
import { fileProblems } from './file-problems';

const NOW = '2009-06-15T14:00:00Z';

function returnFile(amountCents: number, checksumOf = amountCents): Uint8Array {
  const line = (cents: number) => ({
    amountCents: cents,
    conventionNumber: '069-0607-69012-000001',
    lineNo: 1,
    paidOn: '2009-06-15',
    periodEnd: '2009-05-31',
    periodStart: '2009-05-01',
    record: 'PAYMENT',
  });
  const header = {
    answers: null,
    createdAt: '2009-06-15T12:00:00Z',
    emitter: 'CNASEA',
    format: 'cae.exchange',
    kind: 'return-file',
    recipient: '69012',
    recordCount: 1,
    schemaVersion: 1,
    sequence: 1,
    sha256: linesChecksum([line(checksumOf)]),
  };
  return Buffer.from(JSON.stringify({ header, lines: [line(amountCents)] }, null, 2), 'utf8');
}

/** A return file of `lines` payment lines, ~230 bytes each. */
function largeReturnFile(lines: number): Uint8Array {
  const file = JSON.parse(Buffer.from(returnFile(1)).toString('utf8')) as { header: { recordCount: number; sha256: string }; lines: { lineNo: number }[] };
  file.lines = Array.from({ length: lines }, (_, i) => ({ ...file.lines[0]!, lineNo: i + 1 }));
  file.header.recordCount = lines;
  file.header.sha256 = linesChecksum(file.lines);
  return Buffer.from(JSON.stringify(file, null, 2), 'utf8');
}

describe('startFileCheck: an exchange file checked in a worker thread', () => {
  it('answers from the worker what fileProblems says in this thread, for a good file and for a bad one', async () => {
    await checkerReady();
    const good = returnFile(84_240);
    const bad = returnFile(84_241, 84_240);
    expect(fileProblems(good, NOW)).toEqual([]);
    expect(fileProblems(bad, NOW)).toEqual([expect.stringContaining('champ « sha256 »')]);
    for (const bytes of [good, bad]) {
      const check = startFileCheck(bytes, NOW);
      await vi.waitFor(() => expect(check.begun).toBe(true));
      expect(check.problems()).toEqual(fileProblems(bytes, NOW));
      expect(check.checkedBy).toBe('worker');
    }
  });

  it('keeps each answer to its own request, an abandoned one included, and leaves the caller its bytes', async () => {
    await checkerReady();
    const first = returnFile(1);
    const abandoned = startFileCheck(returnFile(2, 3), NOW);
    const a = startFileCheck(first, NOW);
    const b = startFileCheck(returnFile(5, 6), NOW);
    abandoned.abandon();
    await vi.waitFor(() => expect(b.begun).toBe(true));
    expect(b.problems()).toEqual([expect.stringContaining('champ « sha256 »')]);
    expect(a.problems()).toEqual([]);
    expect([a.checkedBy, b.checkedBy]).toEqual(['worker', 'worker']);
    // The worker received a copy: the caller's bytes are still whole (the quarantine writes them).
    expect(first.length).toBeGreaterThan(0);
    expect(fileProblems(first, NOW)).toEqual([]);
  });

  it('checks a file in shared memory where it is, good or bad, and leaves the caller its bytes', async () => {
    await checkerReady();
    for (const plain of [returnFile(84_240), returnFile(84_241, 84_240)]) {
      const bytes = new Uint8Array(new SharedArrayBuffer(plain.length));
      bytes.set(plain);
      const check = startFileCheck(bytes, NOW);
      await vi.waitFor(() => expect(check.begun).toBe(true));
      expect(check.problems()).toEqual(fileProblems(plain, NOW));
      expect(check.checkedBy).toBe('worker');
      expect(Buffer.from(bytes).equals(Buffer.from(plain))).toBe(true);
    }
  });

  it('answers a file that is not even JSON with the reasons of this thread', () => {
    const bytes = Buffer.from('%PDF-1.4 ceci n’est pas un fichier d’échange', 'utf8');
    const check = startFileCheck(bytes, NOW);
    expect(check.problems()).toEqual(fileProblems(bytes, NOW));
    expect(check.problems()[0]).toContain('Ce n’est pas un fichier d’échange');
  });

  it('takes back a check the worker has not begun (busy with another): checked in this thread, with the same reasons', async () => {
    await checkerReady();
    const large = largeReturnFile(50_000);
    const busy = startFileCheck(large, NOW);
    const bytes = returnFile(7, 8);
    const queued = startFileCheck(bytes, NOW);
    await vi.waitFor(() => expect(busy.begun).toBe(true));
    expect(queued.problems()).toEqual(fileProblems(bytes, NOW));
    expect(queued.checkedBy).toBe('caller');
    expect(busy.problems()).toEqual([]);
    expect(busy.checkedBy).toBe('worker');
  });

  it('checks in this thread when the worker is not there yet: the first file of a process does not wait for its start', () => {
    // A new module instance: no worker started yet in it.
    const bytes = returnFile(9);
    return import(`./check-in-worker?fresh=${Date.now()}`).then((fresh: { startFileCheck: (bytes: Uint8Array, now: string) => PendingCheck }) => {
      const check = fresh.startFileCheck(bytes, NOW);
      expect(check.problems()).toEqual([]);
      expect(check.checkedBy).toBe('caller');
    });
  });

  it('stops the worker after a minute with no check, not before, and starts another for the next file', async () => {
    const first = checkerReady();
    await first;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const check = startFileCheck(returnFile(1), NOW);
      expect(check.problems()).toEqual([]);
      vi.advanceTimersByTime(59_999);
      expect(checkerReady()).toBe(first);
      vi.advanceTimersByTime(60_000);
      const next = checkerReady();
      expect(next).not.toBe(first);
      await next;
      const bytes = returnFile(2, 3);
      const again = startFileCheck(bytes, NOW);
      await vi.waitFor(() => expect(again.begun).toBe(true));
      expect(again.problems()).toEqual(fileProblems(bytes, NOW));
      expect(again.checkedBy).toBe('worker');
    } finally {
      vi.useRealTimers();
    }
  });
});
