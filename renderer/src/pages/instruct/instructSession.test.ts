import { describe, expect, it } from 'vitest';
import { carriedSession, instructSessionKey, routeDraftId } from './instructSession';

describe('routeDraftId', () => {
  it('reads a draft id made of digits only', () => {
    expect(routeDraftId('42')).toBe(42);
    expect(routeDraftId(undefined)).toBeNull();
    expect(routeDraftId('')).toBeNull();
    expect(routeDraftId('12a')).toBeNull();
    expect(routeDraftId('-3')).toBeNull();
  });
});

describe('instructSessionKey', () => {
  const opened = (routeId: number | null, key: string, state: unknown = null) => instructSessionKey(routeId, { key, state });

  it('starts a new form each time « Nouvelle convention » is opened', () => {
    expect(opened(null, 'a1')).toBe(opened(null, 'a1'));
    expect(opened(null, 'a1')).not.toBe(opened(null, 'b2'));
  });

  it('keeps the form when the first save moves the address to the new draft', () => {
    const session = opened(null, 'a1');
    expect(opened(17, 'c3', carriedSession(session))).toBe(session);
  });

  it('opens a draft from its address as its own form, whatever the history entry', () => {
    expect(opened(17, 'c3')).toBe(opened(17, 'z9'));
    expect(opened(17, 'c3')).not.toBe(opened(18, 'c3'));
    expect(opened(17, 'c3', { other: 'state' })).toBe(opened(17, 'c3'));
  });

  it('starts afresh on « Nouvelle convention » after a first save', () => {
    const first = opened(null, 'a1');
    const moved = opened(17, 'c3', carriedSession(first));
    expect(opened(null, 'd4')).not.toBe(moved);
  });

  it('never mixes a new form with a draft opened by its address', () => {
    expect(opened(null, 'brouillon:5')).not.toBe(opened(5, 'x'));
  });
});
