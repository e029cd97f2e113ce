/** A hand-made outbound lot, built from docs/exchange-format.md (not by the product), for the counterpart's own tests. */
import { canonical, sha256, type Json } from './respond';

export type LineFields = { [key: string]: Json };

export function conventionLine(overrides: LineFields = {}): LineFields {
  return {
    record: 'CONVENTION',
    conventionNumber: '069060912345',
    measure: 'CAE',
    avenantIndex: 0,
    versionKind: 'INITIAL',
    employer: { siret: '12345678901234', name: 'Association Exemple' },
    employee: { nir: '185057800608436', lastName: 'MARTIN', firstNames: 'Paul', birthDate: '1985-05-12' },
    signedOn: '2009-06-02',
    startsOn: '2009-06-15',
    endsOn: '2010-06-14',
    contractType: 'CDD',
    weeklyMinutes: 1560,
    monthlyGrossCents: 117_000,
    aidRateBp: 9000,
    totalAidCents: 1_263_600,
    ...overrides,
  };
}

export function eventLine(conventionNumber: string): LineFields {
  return {
    record: 'EVENT',
    conventionNumber,
    eventKind: 'SUSPENSION',
    occurredOn: '2009-07-01',
    endsOn: '2009-07-10',
    reason: 'Arrêt maladie',
    initiative: null,
    paid: false,
    weeklyMinutes: null,
    newEmployerSiret: null,
    reportedOn: '2009-07-02',
  };
}

/** A proof of activity of one quarter (June from the 15th, July, August 2009), 20 h a week, as the format document describes it. */
export function proofLine(conventionNumber: string, overrides: LineFields = {}): LineFields {
  const month = (m: string, worked: number, days = 0): LineFields => ({
    month: m,
    workedMinutes: worked,
    paidLeaveMinutes: 0,
    sickLeaveMinutes: 0,
    otherAbsenceMinutes: 0,
    unpaidSuspensionDays: days,
  });
  return {
    record: 'PROOF_OF_ACTIVITY',
    conventionNumber,
    quarterStart: '2009-06-15',
    quarterEnd: '2009-08-31',
    workedMinutes: 3120 + 5200 + 5200,
    absenceMinutes: 0,
    unpaidSuspensionDays: 0,
    months: [month('2009-06', 3120), month('2009-07', 5200), month('2009-08', 5200)],
    ...overrides,
  };
}

/** The file text of a lot of `lines` (numbered here), checksum and count right unless `tamper` changes them after. */
export function lotText(lines: LineFields[], sequence = 1, tamper?: (lot: { header: LineFields; lines: LineFields[] }) => void): string {
  const numbered = lines.map((l, i) => ({ lineNo: i + 1, ...l }));
  const lot = {
    header: {
      format: 'cae.exchange',
      schemaVersion: 1,
      kind: 'outbound-lot',
      emitter: '69012',
      recipient: 'CNASEA',
      sequence,
      createdAt: '2009-06-15T08:00:00Z',
      recordCount: numbered.length,
      sha256: sha256(canonical(numbered)),
    } as LineFields,
    lines: numbered as LineFields[],
  };
  tamper?.(lot);
  return `${JSON.stringify(lot, null, 2)}\n`;
}
