import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/result';
import { fileInstant, localToday, systemClock } from './context';

describe('the one clock (app, screens and cae alike)', () => {
  it('is the computer’s clock when SOURCE_DATE_EPOCH is not set', () => {
    const clock = systemClock({});
    expect(clock.pinned).toBe(false);
    expect(clock.today()).toBe(localToday());
    expect(Math.abs(Date.parse(clock.now()) - Date.now())).toBeLessThan(5_000);
  });

  it('is pinned by SOURCE_DATE_EPOCH: its instant is now, its UTC day is today', () => {
    const clock = systemClock({ SOURCE_DATE_EPOCH: '1245052800' });
    expect(clock.pinned).toBe(true);
    expect(clock.now()).toBe('2009-06-15T08:00:00.000Z');
    expect(clock.today()).toBe('2009-06-15');
    expect(fileInstant(clock).toISOString()).toBe('2009-06-15T08:00:00.000Z');
    expect(systemClock({ SOURCE_DATE_EPOCH: '' }).pinned).toBe(false);
  });

  it('takes the today and now a caller gives (tests) over SOURCE_DATE_EPOCH', () => {
    const clock = systemClock({ SOURCE_DATE_EPOCH: '1245052800' }, { today: () => '2026-11-25', now: () => '2026-11-25T10:00:00.123Z' });
    expect(clock).toMatchObject({ pinned: false });
    expect(clock.today()).toBe('2026-11-25');
    expect(fileInstant(clock).toISOString()).toBe('2026-11-25T10:00:00.000Z');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a number of seconds, in French, when the clock is read', () => {
    const clock = systemClock({ SOURCE_DATE_EPOCH: '15/06/2009' });
    const read = () => clock.today();
    expect(read).toThrow(AppError);
    expect(read).toThrow('SOURCE_DATE_EPOCH doit être un nombre de secondes, reçu « 15/06/2009 ».');
    expect(() => clock.now()).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
