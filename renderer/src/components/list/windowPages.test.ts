import { describe, expect, it } from 'vitest';
import { withPage, type Snapshot } from './windowPages';

const A = '{"search":"mar"}';
const B = '{"search":"martin"}';

describe('withPage', () => {
  it('starts the rows of the first query with its first page', () => {
    const s = withPage<string>(undefined, A, { key: A, page: 0, total: 120, items: ['a0'] });
    expect(s).toEqual({ key: A, total: 120, pages: new Map([[0, ['a0']]]) });
  });

  it('adds a page of the query on screen to the pages already there', () => {
    const s0 = withPage<string>(undefined, A, { key: A, page: 0, total: 250, items: ['a0'] });
    const s1 = withPage(s0, A, { key: A, page: 2, total: 250, items: ['a2'] });
    expect([...s1!.pages]).toEqual([
      [0, ['a0']],
      [2, ['a2']],
    ]);
    // The earlier snapshot is not changed in place (React compares by identity).
    expect([...s0!.pages]).toEqual([[0, ['a0']]]);
  });

  it('replaces the previous query’s rows with the first page of the new one', () => {
    const old: Snapshot<string> = {
      key: A,
      total: 250,
      pages: new Map([
        [0, ['a0']],
        [1, ['a1']],
      ]),
    };
    const s = withPage(old, B, { key: B, page: 0, total: 3, items: ['b0'] });
    expect(s).toEqual({ key: B, total: 3, pages: new Map([[0, ['b0']]]) });
  });

  it('drops a late reply of an older query: the newer query’s rows stay', () => {
    const newer = withPage<string>(undefined, B, { key: B, page: 0, total: 3, items: ['b0'] });
    const after = withPage(newer, B, { key: A, page: 0, total: 250, items: ['a0'] });
    expect(after).toBe(newer);
  });

  it('drops a reply of an older query even before the newer one has answered (the previous rows stay, dimmed)', () => {
    const shown: Snapshot<string> = { key: A, total: 250, pages: new Map([[0, ['a0']]]) };
    const OLDER = '{"search":"ma"}';
    expect(withPage(shown, B, { key: OLDER, page: 0, total: 900, items: ['x'] })).toBe(shown);
  });
});
