import { describe, expect, it } from 'vitest';
import { caeExample } from '../../test/helpers/rule-documents';
import type { ConventionDocument } from '../rules/index';
import { buildStaffTimeline, type TimelineConvention } from './staff-timeline';
import { summarizeSupport } from './support-lines';

/** The example CAE (hired 09/06/2008, 20 h, to 08/12/2008), renewed to 08/06/2009 at 26 h, then its hours and facts. */
function renewedCae(): TimelineConvention {
  const initial = caeExample();
  const renewal: ConventionDocument = { ...initial, renewals: [{ from: '2008-12-09', to: '2009-06-08', weeklyHours: 26 }] };
  const latest: ConventionDocument = {
    ...renewal,
    events: [
      { kind: 'SUSPENSION', from: '2009-01-12', to: '2009-01-30', reason: 'ILLNESS', paid: false, reportedOn: '2009-01-14' },
      { kind: 'HOURS_CHANGE', on: '2009-02-02', weeklyHours: 30 },
      { kind: 'TRIAL_PERIOD_ELSEWHERE', from: '2009-03-02', to: '2009-03-13', paid: false },
    ],
  };
  return {
    number: '069-0608-69012-00001',
    measure: 'CAE',
    status: 'en_cours',
    endsOn: '2009-06-08',
    employer: { name: 'Association Les Jardins du Rhône' },
    versions: [
      { avenantIndex: 0, kind: 'INITIAL', signedOn: '2008-06-05', startsOn: '2008-06-09', endsOn: '2008-12-08', document: initial },
      { avenantIndex: 1, kind: 'RENEWAL', signedOn: '2008-11-20', startsOn: '2008-12-09', endsOn: '2009-06-08', document: renewal },
      { avenantIndex: 2, kind: 'HOURS_CHANGE', signedOn: '2009-01-28', startsOn: '2009-02-02', endsOn: '2009-06-08', document: latest },
    ],
    denunciation: null,
  };
}

describe('staff timeline', () => {
  it('tells the contract from its stored versions and facts, by date, with dates JJ/MM/AAAA', () => {
    const t = buildStaffTimeline([renewedCae()], '2009-04-01');
    expect(t.map((e) => [e.on, e.kind, e.done])).toEqual([
      ['2008-06-09', 'HIRING', true],
      ['2008-06-09', 'SUPPORT', true],
      ['2008-06-09', 'TUTOR', true],
      ['2008-12-09', 'RENEWAL', true],
      ['2009-01-12', 'SUSPENSION', true],
      ['2009-02-02', 'HOURS_CHANGE', true],
      ['2009-03-02', 'TRIAL_PERIOD_ELSEWHERE', true],
      ['2009-06-08', 'END', false],
    ]);
    const [hiring, , , renewal, suspension, hours, trial, end] = t;
    expect(hiring!.title).toBe('Embauche en contrat aidé');
    expect(hiring!.details).toEqual([
      "Contrat d'accompagnement dans l'emploi — CDD — Ouvrier maraîcher",
      'Établissement : Association Les Jardins du Rhône',
      'Durée hebdomadaire : 20 h',
      'Contrat jusqu’au 08/12/2008',
      'Convention signée le 05/06/2008',
    ]);
    expect(renewal!.details).toEqual(['Du 09/12/2008 au 08/06/2009', 'Durée hebdomadaire : 20 h → 26 h', 'Avenant n° 01 signé le 20/11/2008']);
    expect(suspension!.details).toEqual(['Du 12/01/2009 au 30/01/2009', 'Motif : Maladie', 'Non rémunérée', 'Signalée le 14/01/2009']);
    // The hours change is told once, by its fact, with the avenant that records it.
    expect(hours!.details).toEqual(['Durée hebdomadaire : 26 h → 30 h', 'Avenant n° 02 signé le 28/01/2009']);
    expect(trial!.details).toEqual(['Du 02/03/2009 au 13/03/2009', 'Non signalée']);
    expect(end!.title).toBe('Fin prévue de la convention');
    expect(t.every((e) => e.conventionNumber === '069-0608-69012-00001')).toBe(true);
  });

  it('shows the support block as the form asks it, the tutor apart, and support unchanged by an avenant once', () => {
    const t = buildStaffTimeline([renewedCae()], '2009-04-01');
    expect(t.filter((e) => e.kind === 'SUPPORT')).toHaveLength(1);
    const support = t.find((e) => e.kind === 'SUPPORT')!;
    expect(support.title).toBe('Actions d’accompagnement et de formation prévues');
    expect(support.details).toContain('Formation programmée : oui');
    expect(support.details).toContain('Nature de la formation : adaptation au poste, acquisition de nouvelles compétences');
    expect(support.details).toContain('Type de formation : externe');
    expect(support.details.join('\n')).toMatch(/Mission locale de Lyon/);
    expect(support.details.join('\n')).toMatch(/51 — Diplôme du BEP ou du CAP obtenu/);
    expect(t.find((e) => e.kind === 'TUTOR')!.details).toEqual(['Accompagnement vers l’emploi confié à un tuteur désigné par l’employeur : oui']);
  });

  it('ends a convention by its rupture and its resiliation, and tells a dénonciation', () => {
    const c = renewedCae();
    const last = c.versions.at(-1)!;
    const events = [
      ...(last.document.events ?? []),
      { kind: 'RUPTURE' as const, on: '2009-03-20', initiative: 'EMPLOYEE' as const, reason: 'NEW_CDI' as const },
    ];
    const ruptured: TimelineConvention = {
      ...c,
      status: 'resiliee',
      endsOn: '2009-03-20',
      versions: [...c.versions.slice(0, -1), { ...last, document: { ...last.document, events } }],
    };
    const t = buildStaffTimeline([ruptured], '2009-04-01');
    expect(t.slice(-2).map((e) => [e.kind, e.title, e.details])).toEqual([
      ['RUPTURE', 'Rupture du contrat', ['Motif : Embauche en CDI', 'À l’initiative du salarié', 'Non signalée']],
      ['END', 'Fin de la convention', ['Résiliée après la rupture du contrat']],
    ]);
    const denounced: TimelineConvention = {
      ...c,
      status: 'denoncee',
      endsOn: '2009-03-10',
      denunciation: { intentNotifiedOn: '2009-03-02', decision: 'DENOUNCED', decisionNotifiedOn: '2009-03-10' },
    };
    const d = buildStaffTimeline([denounced], '2009-04-01').filter((e) => e.on >= '2009-03-02' && e.kind !== 'TRIAL_PERIOD_ELSEWHERE');
    expect(d.map((e) => [e.kind, e.title])).toEqual([
      ['DENUNCIATION_INTENT', 'Intention de dénoncer la convention notifiée'],
      ['DENUNCIATION_DECISION', 'Convention dénoncée'],
      ['END', 'Fin de la convention'],
    ]);
  });

  it('merges a person’s conventions by date and tells an employer substitution and a convention not yet recorded', () => {
    const first = renewedCae();
    const doc = caeExample({ hiredOn: '2009-06-09', plannedEnd: '2009-12-08' });
    const substituted: ConventionDocument = {
      ...doc,
      events: [{ kind: 'EMPLOYER_SUBSTITUTION', on: '2009-09-01', newEmployerName: 'Association Terre et Jardins', newEmployerSiret: '73282932000074' }],
    };
    const second: TimelineConvention = {
      number: '069-0609-69012-00007',
      measure: 'CAE',
      status: 'brouillon',
      endsOn: '2009-12-08',
      employer: { name: 'Association Les Jardins du Rhône' },
      versions: [{ avenantIndex: 0, kind: 'INITIAL', signedOn: null, startsOn: '2009-06-09', endsOn: '2009-12-08', document: substituted }],
      denunciation: null,
    };
    const t = buildStaffTimeline([second, first], '2009-04-01');
    expect(t.map((e) => e.on)).toEqual([...t.map((e) => e.on)].sort());
    const hiring = t.filter((e) => e.kind === 'HIRING');
    expect(hiring.map((e) => [e.conventionNumber, e.done])).toEqual([
      ['069-0608-69012-00001', true],
      ['069-0609-69012-00007', false],
    ]);
    expect(hiring[1]!.details).toContain('Convention pas encore enregistrée comme signée');
    expect(t.find((e) => e.kind === 'EMPLOYER_SUBSTITUTION')!.details).toEqual(['Nouvel employeur : Association Terre et Jardins, SIRET 73282932000074']);
  });
});

describe('support block in words', () => {
  it('says any field, the unknown ones generically, and makes a dated item an action of its own', () => {
    const s = summarizeSupport({
      trainingPlanned: true,
      referent: 'Mission locale de Lyon',
      tutorName: 'Jeanne Roux',
      actions: [
        { label: 'Formation CACES', plannedOn: '2009-03-01', doneOn: '2009-03-20', hours: 35 },
        { label: 'Remise à niveau', plannedOn: '2009-09-01' },
        { label: 'Atelier CV' },
      ],
      workshopsPerMonth: 2,
    });
    expect(s.actions).toEqual(['Formation programmée : oui', 'Précision « actions » : Intitulé : Atelier CV', 'Précision « workshops per month » : 2']);
    expect(s.tutor).toEqual(['Personne ou organisme chargé du placement ou de l’insertion : Mission locale de Lyon', 'Tuteur : Jeanne Roux']);
    expect(s.dated).toEqual([
      { on: '2009-03-20', done: true, lines: ['Intitulé : Formation CACES', 'Durée (heures) : 35', 'Prévue le : 01/03/2009'] },
      { on: '2009-09-01', done: false, lines: ['Intitulé : Remise à niveau'] },
    ]);
    expect(summarizeSupport(null)).toEqual({ actions: [], tutor: [], dated: [] });
  });
});
