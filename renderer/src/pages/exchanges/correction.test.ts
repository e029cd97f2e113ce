import { describe, expect, it } from 'vitest';
import { checkCorrection, correctedRecord, initialDraft, nirHint, type Correction, type CorrectionDraft } from './correction';

const NIR = '185057800608491';

function correction(fields: Correction['fields'], values: Partial<Correction['values']> = {}, avenantIndex = 0): Correction {
  return {
    versionId: 41,
    avenantIndex,
    fields,
    values: { weeklyHours: 18, startsOn: '2008-06-09', endsOn: '2008-12-08', aidRatePercent: '90', nirMasked: '1 85 05 78 *** *** 36', ...values },
  };
}
const typed = (c: Correction, patch: Partial<CorrectionDraft>): CorrectionDraft => ({ ...initialDraft(c), ...patch });

describe('initialDraft', () => {
  it('pre-fills the values on record and leaves the NIR empty', () => {
    expect(initialDraft(correction(['weeklyHours', 'nir']))).toEqual({
      weeklyHours: 18,
      startsOn: '2008-06-09',
      endsOn: '2008-12-08',
      aidRatePercent: '90',
      nir: '',
    });
  });
});

describe('checkCorrection', () => {
  it('sends only the values the agent changed', () => {
    const c = correction(['weeklyHours', 'startsOn', 'endsOn']);
    expect(checkCorrection(c, typed(c, { weeklyHours: 20 }))).toEqual({ ok: true, input: { versionId: 41, values: { weeklyHours: 20 } } });
  });

  it('takes a rate typed differently for the same rate', () => {
    const c = correction(['weeklyHours', 'aidRatePercent']);
    expect(checkCorrection(c, typed(c, { aidRatePercent: '90.0', weeklyHours: 20 }))).toEqual({
      ok: true,
      input: { versionId: 41, values: { weeklyHours: 20 } },
    });
    expect(checkCorrection(c, typed(c, { aidRatePercent: '87.5' }))).toEqual({ ok: true, input: { versionId: 41, values: { aidRatePercent: '87.5' } } });
  });

  it('refuses to erase a value on record, and lets an absent one stay absent', () => {
    const c = correction(['weeklyHours', 'endsOn'], { endsOn: null });
    expect(checkCorrection(c, typed(c, { weeklyHours: null }))).toEqual({ ok: false, fields: { weeklyHours: 'Saisissez la valeur corrigée.' } });
    expect(checkCorrection(c, typed(c, { weeklyHours: 20 }))).toMatchObject({ ok: true, input: { values: { weeklyHours: 20 } } });
  });

  it('says so when nothing changes: under the one field, or for the whole form', () => {
    const one = correction(['weeklyHours']);
    expect(checkCorrection(one, initialDraft(one))).toEqual({ ok: false, fields: { weeklyHours: 'Aucune valeur ne change : saisissez la valeur corrigée.' } });
    const two = correction(['startsOn', 'endsOn']);
    expect(checkCorrection(two, initialDraft(two))).toEqual({ ok: false, fields: {}, message: 'Aucune valeur ne change : modifiez au moins une valeur.' });
  });

  it('requires the NIR when the rejection is about the NIR only', () => {
    const c = correction(['nir']);
    expect(checkCorrection(c, typed(c, { nir: '  ' }))).toEqual({ ok: false, fields: { nir: 'Saisissez le NIR du salarié.' } });
    expect(checkCorrection(c, typed(c, { nir: '1 85 05 78 006 084 91' }))).toEqual({ ok: true, input: { versionId: 41, values: { nir: NIR } } });
  });

  it('keeps the NIR on record when its field is left empty beside other fields', () => {
    const c = correction(['weeklyHours', 'nir']);
    expect(checkCorrection(c, typed(c, { weeklyHours: 20 }))).toEqual({ ok: true, input: { versionId: 41, values: { weeklyHours: 20 } } });
  });

  it('shows the contract’s messages under their fields, capitalised', () => {
    const hours = correction(['weeklyHours']);
    const tooMany = checkCorrection(hours, typed(hours, { weeklyHours: 50 }));
    expect(tooMany).toEqual({ ok: false, fields: { weeklyHours: '35 heures par semaine au plus' }, message: undefined });
    const period = correction(['startsOn', 'endsOn']);
    expect(checkCorrection(period, typed(period, { startsOn: '2009-01-01', endsOn: '2008-12-31' }))).toEqual({
      ok: false,
      fields: { endsOn: 'La date de fin ne peut pas précéder la date de début' },
      message: undefined,
    });
    const nir = correction(['nir']);
    const wrongKey = checkCorrection(nir, typed(nir, { nir: '185057800608492' }));
    expect(wrongKey.ok === false && Object.keys(wrongKey.fields)).toEqual(['nir']);
  });
});

describe('texts', () => {
  it('names the record corrected, agreeing with it', () => {
    expect(correctedRecord(0)).toBe('la convention telle qu’elle a été signée : la correction ne crée pas d’avenant');
    expect(correctedRecord(2)).toBe('l’avenant n° 2 tel qu’il a été signé : la correction ne crée pas de nouvel avenant');
  });

  it('tells what an empty NIR field does', () => {
    expect(nirHint(correction(['nir']))).toBe('Enregistré aujourd’hui : 1 85 05 78 *** *** 36. 15 caractères, clé comprise.');
    expect(nirHint(correction(['nir'], { nirMasked: null }))).toBe('Aucun NIR enregistré. 15 caractères, clé comprise (carte Vitale).');
    expect(nirHint(correction(['weeklyHours', 'nir']))).toBe(
      'Laissez vide pour garder le NIR enregistré (1 85 05 78 *** *** 36). 15 caractères, clé comprise.',
    );
    expect(nirHint(correction(['weeklyHours', 'nir'], { nirMasked: null }))).toBe(
      'Aucun NIR enregistré : laissez vide, ou saisissez-le (15 caractères, clé comprise, carte Vitale).',
    );
  });
});
