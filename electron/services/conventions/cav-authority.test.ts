import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { agency } from '../../../test/helpers/conventions';
import { cavDocument } from '../../../test/helpers/documents';
import { loadPrintableVersion } from '../../documents/database';
import { packageVersion } from '../../sync/schemas';

const tempDir = useTempDir();

describe('contrat d’avenir: signatory and hours programme stored with the convention', () => {
  it('R. 5134-41 et R. 5134-60 : le signataire, la délégation et le programme horaire sont enregistrés et relus tels quels, et le dossier de conventions les accepte', async () => {
    const a = await agency(tempDir(), '2009-04-20');
    const doc = cavDocument();
    const concludedBy = { authority: 'COMMUNE' as const, name: 'Commune de Lille', departmentDelegationOn: '2009-01-15', delegate: 'PLIE de Lille' };
    const hoursProgramme = {
      periodStart: '2009-05-04',
      notifiedOn: '2009-04-10',
      periods: [{ from: '2009-06-01', to: '2009-08-31', weeklyHours: 30 }, { from: '2009-09-01' }],
      changes: [{ from: '2009-10-05', notifiedOn: '2009-09-11' }],
    };
    const draft = await a.ok('conventions.saveDraft', { document: { ...doc, concludedBy, contract: { ...doc.contract, hoursProgramme } } });
    // The row being typed is asked for, not refused.
    expect(draft.findings.some((f) => f.code === 'HOURS_PROGRAMME_INVALID' && f.field === 'contract.hoursProgramme.periods[1].to')).toBe(true);
    const read = await a.ok('conventions.get', { id: draft.id });
    const stored = read.versions[0]!.document;
    expect(stored.concludedBy).toEqual(concludedBy);
    expect(stored.contract?.hoursProgramme).toEqual(hoursProgramme);
    expect(packageVersion.shape.document.safeParse(stored).success).toBe(true);
    const printable = loadPrintableVersion(a.app.workspaces.current(), draft.number!);
    expect(printable.document.concludedBy).toEqual(concludedBy);
  });
});
