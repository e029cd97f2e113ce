import { describe, expect, it } from 'vitest';
import { isDueForPurge, retentionCutoff } from './retention';

describe('retention rule: conventions due for archiving and purge (docs/protection-des-donnees.md)', () => {
  it('a convention ended exactly N years before the day is not due yet; one ended the day before is', () => {
    expect(retentionCutoff('2009-06-15', 5)).toBe('2004-06-15');
    expect(isDueForPurge({ status: 'terminee', endsOn: '2004-06-15' }, '2009-06-15', 5)).toBe(false);
    expect(isDueForPurge({ status: 'terminee', endsOn: '2004-06-14' }, '2009-06-15', 5)).toBe(true);
    expect(isDueForPurge({ status: 'terminee', endsOn: '2004-06-14' }, '2009-06-15', 6)).toBe(false);
  });

  it('counts the effective end: a convention resiliated by a rupture or denounced is due from its (earlier) end, a running one whose end is past too', () => {
    expect(isDueForPurge({ status: 'resiliee', endsOn: '2003-01-31' }, '2009-06-15', 5)).toBe(true);
    expect(isDueForPurge({ status: 'denoncee', endsOn: '2003-01-31' }, '2009-06-15', 5)).toBe(true);
    expect(isDueForPurge({ status: 'en_cours', endsOn: '2003-01-31' }, '2009-06-15', 5)).toBe(true);
  });

  it('never counts a draft or a convention to sign (it never ran), nor a convention without an end', () => {
    expect(isDueForPurge({ status: 'brouillon', endsOn: '2001-01-31' }, '2009-06-15', 5)).toBe(false);
    expect(isDueForPurge({ status: 'a_signer', endsOn: '2001-01-31' }, '2009-06-15', 5)).toBe(false);
    expect(isDueForPurge({ status: 'en_cours', endsOn: null }, '2009-06-15', 5)).toBe(false);
  });

  it('29 February counts back to 28 February of a common year', () => {
    expect(retentionCutoff('2012-02-29', 5)).toBe('2007-02-28');
    expect(retentionCutoff('2012-02-29', 4)).toBe('2008-02-29');
  });
});
