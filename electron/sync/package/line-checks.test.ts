import { describe, expect, it } from 'vitest';
import type { ConventionDocument } from '../../../shared/rules/index';
import { lineProblems } from './line-checks';
import type { PackageLine } from '../schemas';

const SIRET = '81943026500028';
const initial: ConventionDocument = {
  schema: 'cae.convention/1',
  measure: 'CAE',
  contract: { type: 'CDD', hiredOn: '2008-06-09', plannedEnd: '2008-12-08', weeklyHours: 20 },
};
const avenant: ConventionDocument = { ...initial, events: [{ kind: 'HOURS_CHANGE', on: '2008-10-01', weeklyHours: 26 }] };

/** Only what lineProblems reads of a package line: two versions (the convention, an hours-change avenant) and the avenant's event. */
function line(minutes: { initial: number; avenant: number; event: number | null }): PackageLine {
  const version = { employerSiret: SIRET, endsOn: '2008-12-08' };
  return {
    employer: { siret: SIRET },
    otherEmployers: [],
    startsOn: '2008-06-09',
    endsOn: '2008-12-08',
    versions: [
      { ...version, avenantIndex: 0, startsOn: '2008-06-09', weeklyMinutes: minutes.initial, document: initial },
      { ...version, avenantIndex: 1, startsOn: '2008-10-01', weeklyMinutes: minutes.avenant, document: avenant },
    ],
    events: [{ eventKind: 'HOURS_CHANGE', occurredOn: '2008-10-01', endsOn: null, newEmployerSiret: null, weeklyMinutes: minutes.event }],
    denunciation: null,
  } as unknown as PackageLine;
}

describe('a convention package line: its weekly minutes are its documents’ (the one record of the hours, migration 0006)', () => {
  it('applies a line whose versions and hours-change event agree with the documents', () => {
    expect(lineProblems(line({ initial: 1200, avenant: 1560, event: 1560 }), SIRET)).toEqual([]);
  });

  it('does not apply a version or an event announcing other hours than its document, and says which', () => {
    expect(lineProblems(line({ initial: 1200, avenant: 1500, event: 1560 }), SIRET)).toEqual([
      'la version 01 annonce 25 h par semaine, son document 26 h par semaine au 01/10/2008',
    ]);
    expect(lineProblems(line({ initial: 1200, avenant: 1560, event: null }), SIRET)).toEqual([
      'l’événement changement de durée hebdomadaire du 01/10/2008 annonce aucune durée hebdomadaire, le document 26 h par semaine',
    ]);
  });
});
