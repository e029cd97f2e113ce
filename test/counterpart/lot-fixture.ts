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
