import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { pageKey } from './pageKey';

/** The shape of the app's routes (router.tsx), without the pages: the layout, a list, the instruction page and a record page. */
const routes = [
  {
    path: '/',
    children: [
      { index: true },
      { path: 'conventions' },
      { children: [{ path: 'conventions/nouvelle' }, { path: 'conventions/brouillon/:id' }] },
      { path: 'conventions/:id' },
      { path: '*' },
    ],
  },
];

function keyAt(address: string): string {
  const router = createMemoryRouter(routes, { initialEntries: [address] });
  const key = pageKey(router.state.matches.map((m) => ({ id: m.route.id, pathname: m.pathname })));
  router.dispose();
  return key;
}

describe('the page an address shows', () => {
  it('is the same for a new convention and its draft’s address after the first save (one instruction page)', () => {
    expect(keyAt('/conventions/nouvelle')).toBe(keyAt('/conventions/brouillon/12'));
    expect(keyAt('/conventions/brouillon/12')).toBe(keyAt('/conventions/brouillon/13'));
  });

  it('differs between pages, and between two records of a page with its own address', () => {
    const keys = ['/', '/conventions', '/conventions/nouvelle', '/conventions/5', '/conventions/6', '/inconnue', '/autre/inconnue'].map(keyAt);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
