import { describe, expect, it } from 'vitest';
import { docWithNir, docWithoutNir, localCopyWithNir, localCopyWithoutNir } from './localCopy';
import type { Doc, LocalDraft } from './model';

const NIR = '185057800608436';
const doc: Doc = {
  schema: 'cae.convention/1',
  measure: 'CAE',
  filedOn: '2008-06-02',
  renewals: [],
  events: [],
  employee: { civility: 'M', lastName: 'MARTIN', nir: NIR, firstNames: 'Jean' },
} as Doc;

/** What the browser's storage keeps and gives back. */
const throughStorage = (draft: LocalDraft) => JSON.parse(JSON.stringify(draft)) as LocalDraft;

describe('localCopyWithoutNir', () => {
  it('leaves the NIR out of the document and out of the last saved document’s JSON', () => {
    const draft: LocalDraft = { doc, conventionId: 5, savedJson: JSON.stringify(doc), savedAt: '2008-06-02T10:00:00.000Z' };
    const stored = JSON.stringify(localCopyWithoutNir(draft));
    expect(stored).not.toContain(NIR);
    expect(throughStorage(localCopyWithoutNir(draft))).toEqual({
      doc: { ...doc, employee: { civility: 'M', lastName: 'MARTIN', firstNames: 'Jean' } },
      conventionId: 5,
      savedJson: JSON.stringify({ ...doc, employee: { civility: 'M', lastName: 'MARTIN', firstNames: 'Jean' } }),
      savedAt: '2008-06-02T10:00:00.000Z',
    });
  });

  it('changes nothing else, and copes with a form never saved or without an employee yet', () => {
    const bare: Doc = { schema: 'cae.convention/1', measure: 'CAV', filedOn: '2008-06-02', renewals: [], events: [] } as Doc;
    expect(localCopyWithoutNir({ doc: bare, conventionId: null, savedJson: null, savedAt: null })).toEqual({
      doc: bare,
      conventionId: null,
      savedJson: null,
      savedAt: null,
    });
    expect(docWithoutNir(bare)).toBe(bare);
  });

  it('does not touch the form’s own document', () => {
    localCopyWithoutNir({ doc, conventionId: null, savedJson: null, savedAt: null });
    expect(doc.employee?.nir).toBe(NIR);
  });
});

describe('localCopyWithNir', () => {
  it('gives a form left unchanged since its last save back as unchanged, once the registry’s NIR is put back', () => {
    // The NIR sits among the employee's fields: the document and the saved JSON both get it back at the same place.
    const saved = doc;
    const reopened = localCopyWithNir(
      throughStorage(localCopyWithoutNir({ doc: saved, conventionId: 5, savedJson: JSON.stringify(saved), savedAt: null })),
      NIR,
    );
    expect(reopened.doc.employee?.nir).toBe(NIR);
    expect(JSON.stringify(reopened.doc)).toBe(reopened.savedJson);
  });

  it('still tells a change made after the last save', () => {
    const saved = docWithNir({ ...doc, employee: { civility: 'M', lastName: 'MARTIN' } }, NIR);
    const typed = { ...saved, employee: { ...saved.employee, firstNames: 'Jean' } };
    const reopened = localCopyWithNir(
      throughStorage(localCopyWithoutNir({ doc: typed, conventionId: 5, savedJson: JSON.stringify(saved), savedAt: null })),
      NIR,
    );
    expect(JSON.stringify(reopened.doc)).not.toBe(reopened.savedJson);
  });

  it('leaves a form never saved without saved JSON', () => {
    expect(localCopyWithNir({ doc: docWithoutNir(doc), conventionId: 5, savedJson: null, savedAt: null }, NIR).savedJson).toBeNull();
  });
});
