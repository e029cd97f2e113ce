import { describe, expect, it } from 'vitest';
import { savedState, saveStatusText } from './saveState';

describe('the instruction form’s save state', () => {
  it('takes the time of the save from the saved draft (the app’s clock), not from the renderer’s', () => {
    const state = savedState({ id: 12, updatedAt: '2009-06-15T08:00:00.000Z' }, '{"measure":"CAE"}');
    expect(state).toEqual({ conventionId: 12, savedJson: '{"measure":"CAE"}', savedAt: '2009-06-15T08:00:00.000Z', error: null });
  });

  it('says when the draft was saved, in the local time of that instant, unless it has unsaved changes', () => {
    const savedAt = new Date(2009, 5, 15, 9, 5).toISOString();
    expect(saveStatusText({ status: 'brouillon', dirty: false, savedAt })).toBe('Enregistré à 09:05');
    expect(saveStatusText({ status: 'brouillon', dirty: true, savedAt })).toBe('Modifications non enregistrées');
    expect(saveStatusText({ status: 'a_signer', dirty: true, savedAt })).toBe('Enregistré à 09:05');
    expect(saveStatusText({ status: 'brouillon', dirty: false, savedAt: null })).toBe('Pas encore enregistré');
  });
});
