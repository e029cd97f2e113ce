import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { agency } from '../../../test/helpers/conventions';
import { exampleDocument } from '../../../test/helpers/documents';
import { packageVersion } from '../../sync/schemas';
import { storedText } from '../../../test/helpers/stored-documents';

const tempDir = useTempDir();
const CATEGORY = { domCategory: 'EMPLOI_JEUNE', youthJobEndsOn: '2004-04-30', employmentObligation: 'INVALIDITY_PENSION' } as const;

describe('CAE-DOM category (R. 831-1) stored with the convention', () => {
  it('R. 831-1 6° et 4° : la catégorie, le terme de l’emploi-jeune et le titre de l’obligation d’emploi sont enregistrés et relus tels quels, et le dossier de conventions les accepte', async () => {
    const a = await agency(tempDir(), '2004-04-26');
    const dom = exampleDocument('convention-cae-dom');
    const draft = await a.ok('conventions.saveDraft', { document: { ...dom, employee: { ...dom.employee, allowances: [], ...CATEGORY } } });
    expect(draft.findings.filter((f) => f.code === 'BENEFICIARY_NOT_ELIGIBLE')).toEqual([]);
    const read = await a.ok('conventions.get', { id: draft.id });
    expect(read.versions[0]!.document.employee).toMatchObject(CATEGORY);
    const stored = storedText(a.app.workspaces.current());
    expect((JSON.parse(stored) as { employee: unknown }).employee).toMatchObject(CATEGORY);
    // The convention package carries the version's document: its schema (and the published JSON schema) take the fields.
    expect(packageVersion.shape.document.safeParse(read.versions[0]!.document).success).toBe(true);
    expect(packageVersion.shape.document.safeParse({ ...read.versions[0]!.document, employee: { domCategory: 'NEUF' } }).success).toBe(false);
    const published = fs.readFileSync(
      path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/schemas/convention-package.schema.json'),
      'utf8',
    );
    for (const field of ['domCategory', 'employmentObligation', 'youthJobEndsOn', 'RMI_PARTNER', 'EMPLOI_JEUNE', 'WORK_INJURY_ANNUITY'])
      expect(published).toContain(`"${field}"`);
  });
});
