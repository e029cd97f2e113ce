import { describe, expect, it } from 'vitest';
import { throttledProgress } from './progress';

describe('progress of long work (issue #16)', () => {
  it('tells the first step, then at most one step per interval, and always the end', () => {
    let clock = 0;
    const told: [number, number][] = [];
    const report = throttledProgress(
      (done, total) => told.push([done, total]),
      250,
      () => clock,
    );
    for (let done = 1; done <= 1000; done++) {
      clock = done; // one millisecond per row
      report(done, 1000);
    }
    expect(told[0]).toEqual([1, 1000]);
    expect(told.at(-1)).toEqual([1000, 1000]);
    expect(told.map(([done]) => done)).toEqual([1, 251, 501, 751, 1000]);
  });
});
