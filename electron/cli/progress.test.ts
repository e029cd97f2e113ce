import { describe, expect, it } from 'vitest';
import type { CliIo } from './io';
import { progressOnStderr } from './progress';

/** An io that keeps what goes to stderr. */
function recording(): { io: CliIo; err: string[] } {
  const err: string[] = [];
  return { io: { stdout: () => undefined, stderr: (text) => void err.push(text), env: {}, cwd: '/' }, err };
}

describe('progress of long commands on stderr (issue #16)', () => {
  it('says nothing below 10,000 lines, and from 10,000 tells the start and the end in the screen’s words', () => {
    const short = recording();
    const tellShort = progressOnStderr(short.io, 'import');
    for (let done = 1; done <= 9_999; done++) tellShort(done, 9_999);
    expect(short.err).toEqual([]);

    const long = recording();
    const tellLong = progressOnStderr(long.io, 'import');
    for (let done = 1; done <= 10_000; done++) tellLong(done, 10_000);
    // Within 2 seconds: the first line and the last only.
    expect(long.err).toHaveLength(2);
    expect(long.err[0]).toMatch(/^Import du fichier retour : 1 sur 10\s000 lignes \(0\s%\)\n$/);
    expect(long.err[1]).toMatch(/^Import du fichier retour : 10\s000 sur 10\s000 lignes \(100\s%\)\n$/);
  });
});
