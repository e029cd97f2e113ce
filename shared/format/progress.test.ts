import { describe, expect, it } from 'vitest';
import { taskProgressText } from './progress';

describe('progress of long work, as read on screen (issue #16)', () => {
  it('says the work, how far in French figures, and the percentage rounded down', () => {
    expect(taskProgressText({ task: 'export', done: 50_000, total: 200_000 })).toBe('Export CSV : 50\u202f000 sur 200\u202f000 lignes (25 %)');
    expect(taskProgressText({ task: 'import', done: 99_999, total: 100_000 })).toBe('Import du fichier retour : 99\u202f999 sur 100\u202f000 lignes (99 %)');
    expect(taskProgressText({ task: 'check', done: 0, total: 0 })).toBe('Vérification des conventions : 0 sur 0 conventions (100 %)');
  });
});
