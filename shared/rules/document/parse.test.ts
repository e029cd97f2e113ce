import { describe, expect, it } from 'vitest';
import { parseConventionText, validateConvention } from './parse';

describe('cae.convention/1 parser', () => {
  it('accepts a minimal draft and extra fields', () => {
    const r = parseConventionText('{"schema":"cae.convention/1","measure":"CAE","somethingElse":1}');
    expect(r.ok).toBe(true);
  });
  it('gives the JSON error position in French', () => {
    const r = parseConventionText('{\n  "schema": "cae.convention/1",\n  "measure": CAE\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/JSON invalide à la ligne 3, colonne \d+/);
  });
  it('names the failing field path in French', () => {
    const r = parseConventionText(JSON.stringify({ schema: 'cae.convention/1', employee: { birthDate: '1975-02-30' }, events: [{ kind: 'PAUSE' }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('Date de naissance du salarié : date attendue au format AAAA-MM-JJ (une date qui existe au calendrier)');
      expect(r.errors.some((e) => e.startsWith('Type d’événement (événement n° 1) : type d’événement non reconnu'))).toBe(true);
    }
  });
  it('formulaire CAE-0515 « Les actions d’accompagnement et de formation » : chaque champ ne prend que les choix du formulaire, codés', () => {
    const r = validateConvention({
      schema: 'cae.convention/1',
      support: {
        trainingPlanned: true,
        trainingNature: ['ADAPTATION', 'REFRESHER', 'NEW_SKILLS'],
        targetEducationLevel: '40',
        trainingType: 'INTERNAL',
        tutor: true,
        externalEmploymentSupportPlanned: true,
        externalEmploymentSupport: 'Mission locale de Lyon',
        externalSocialSupportPlanned: false,
        timing: 'BOTH',
        vae: true,
        vaeProcedure: 'CAP agricole par la VAE',
      },
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      // The document's type holds the form's choices only.
      const s = r.document.support;
      const natures: ('ADAPTATION' | 'REFRESHER' | 'NEW_SKILLS')[] | null | undefined = s?.trainingNature;
      const type: 'INTERNAL' | 'EXTERNAL' | null | undefined = s?.trainingType;
      const timing: 'OUTSIDE_WORK' | 'DURING_WORK' | 'BOTH' | null | undefined = s?.timing;
      expect([natures, type, timing, s?.legacyEntries]).toEqual([['ADAPTATION', 'REFRESHER', 'NEW_SKILLS'], 'INTERNAL', 'BOTH', undefined]);
    }
    // A value that is not one of the form's choices never stands as a choice.
    const other = validateConvention({
      schema: 'cae.convention/1',
      support: { trainingNature: ['PREQUALIFICATION'], trainingType: 'MIXTE', targetEducationLevel: '45' },
    });
    expect(other.ok && other.document.support).toMatchObject({ trainingNature: [] });
    expect(other.ok && other.document.support?.trainingType).toBeUndefined();
    expect(other.ok && other.document.support?.targetEducationLevel).toBeUndefined();
  });
  it('formulaire CAE-0515 : une saisie libre d’avant les choix fermés reste lisible, mise à part comme « ancienne saisie »', () => {
    const old = {
      schema: 'cae.convention/1',
      measure: 'CAE',
      support: {
        trainingPlanned: true,
        trainingNature: ['ADAPTATION', 'QUALIFYING', 'Remise à niveau'],
        trainingType: 'externe',
        tutor: 'Mme Durand, cheffe d’équipe',
        externalEmploymentSupport: 'Mission locale de Lyon',
        externalSocialSupport: null,
        timing: 'le mercredi matin',
        vae: 'non',
        actionsDuration: '120 heures',
      },
    };
    const r = validateConvention(old);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.support).toEqual({
      trainingPlanned: true,
      trainingNature: ['ADAPTATION', 'REFRESHER'],
      trainingType: 'EXTERNAL',
      // The organisation named without the yes/no of the form: « oui » (the old form printed it so).
      externalEmploymentSupportPlanned: true,
      externalEmploymentSupport: 'Mission locale de Lyon',
      externalSocialSupport: null,
      vae: false,
      actionsDuration: '120 heures',
      legacyEntries: [
        'Nature de la formation : QUALIFYING',
        'Accompagnement vers l’emploi confié à un tuteur désigné par l’employeur : Mme Durand, cheffe d’équipe',
        'Modalités de formation et d’accompagnement : le mercredi matin',
      ],
    });
    // Read again (a stored version, a package): the same document.
    const again = validateConvention(r.document);
    expect(again.ok && again.document.support).toEqual(r.document.support);
  });
  it('refuses another schema, money with 3 decimals and a non-object', () => {
    expect(parseConventionText('{"schema":"autre"}').ok).toBe(false);
    const money = parseConventionText('{"schema":"cae.convention/1","contract":{"monthlyGross":"800.001"}}');
    expect(money.ok ? [] : money.errors).toEqual(['Salaire brut mensuel : montant attendu en euros avec au plus 2 décimales (ex. "760.00")']);
    expect(parseConventionText('[1,2]').ok).toBe(false);
  });
});
