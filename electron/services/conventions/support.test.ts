import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { agency, exampleCae } from '../../../test/helpers/conventions';
import { loadPrintableVersion } from '../../documents/database';
import { packageVersion } from '../../sync/schemas';
import { rewriteStored, storedText } from '../../../test/helpers/stored-documents';

const tempDir = useTempDir();

describe('support and training actions (form CAE-0515) stored with the convention', () => {
  it('formulaire CAE-0515 « Les actions d’accompagnement et de formation » : les choix sont enregistrés et relus tels quels, et le dossier de conventions les accepte', async () => {
    const a = await agency(tempDir());
    const cae = exampleCae();
    const draft = await a.ok('conventions.saveDraft', { document: cae });
    expect(draft.findings.filter((f) => f.code === 'SUPPORT_ACTIONS_MISSING' || f.code === 'TRAINING_ACTIONS_MISSING')).toEqual([]);
    const read = await a.ok('conventions.get', { id: draft.id });
    expect(read.versions[0]!.document.support).toEqual(cae.support);
    const stored = storedText(a.app.workspaces.current());
    expect((JSON.parse(stored) as { support: unknown }).support).toEqual(cae.support);
    // The convention package carries the version's document: its schema and the published JSON schema take the choices.
    expect(packageVersion.shape.document.safeParse(read.versions[0]!.document).success).toBe(true);
    const published = fs.readFileSync(
      path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/schemas/convention-package.schema.json'),
      'utf8',
    );
    for (const field of ['externalEmploymentSupportPlanned', 'externalSocialSupportPlanned', 'legacyEntries', 'NEW_SKILLS', 'DURING_WORK', 'EXTERNAL'])
      expect(published).toContain(`"${field}"`);
  });

  it('formulaire CAE-0515 : une convention enregistrée avant les choix fermés (saisie libre) se relit, s’imprime et s’enregistre à nouveau, la saisie libre mise à part', async () => {
    const a = await agency(tempDir());
    const draft = await a.ok('conventions.saveDraft', { document: exampleCae() });
    // The version as an older release stored it: free words, no yes/no for the organisation.
    const db = a.app.workspaces.current();
    rewriteStored(db, undefined, (document) => ({
      ...document,
      support: { trainingPlanned: true, trainingNature: ['ADAPTATION', 'QUALIFYING'], tutor: true, externalEmploymentSupport: 'PLIE de Lyon' },
    }));

    const printable = loadPrintableVersion(db, draft.number!);
    expect(printable.document.support).toEqual({
      trainingPlanned: true,
      trainingNature: ['ADAPTATION'],
      tutor: true,
      externalEmploymentSupportPlanned: true,
      externalEmploymentSupport: 'PLIE de Lyon',
      legacyEntries: ['Nature de la formation : QUALIFYING'],
    });
    // Saved again as the form sends it back (unchanged): accepted, stored with the form's choices.
    const read = await a.ok('conventions.get', { id: draft.id });
    const again = await a.ok('conventions.saveDraft', { conventionId: draft.id, document: read.versions[0]!.document });
    expect(again.id).toBe(draft.id);
    const stored = JSON.parse(storedText(db)) as { support: unknown };
    expect(stored.support).toEqual(printable.document.support);
  });
});
