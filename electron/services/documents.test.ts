import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { createAppServices, type AppServices } from '../api/app-services';
import { plainText } from '../../test/helpers/documents';

const tempDir = useTempDir();

async function agencyDemo(): Promise<AppServices> {
  const app = createAppServices({
    dataDir: tempDir(),
    mode: 'browser',
    today: () => '2009-07-15',
    now: () => '2009-07-15T10:00:00.000Z',
    log: () => undefined,
  });
  const opened = await app.invoke('workspace.openDemo', { role: 'agence' });
  if (!opened.ok) throw new Error(opened.error.message);
  return app;
}

async function value<T>(reply: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await reply;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const pdfOf = (base64: string) => Buffer.from(base64, 'base64');

describe('documents channels', () => {
  it('prints a convention of the agency demo as cae print does, the latest version or a given one', async () => {
    const app = await agencyDemo();
    try {
      const list = await value(app.invoke('conventions.list', { status: 'en_cours', measure: 'CAE', limit: 1 }));
      const row = list.items[0]!;
      const printed = await value(app.invoke('documents.conventionPdf', { id: row.id }));
      expect(printed.fileName).toBe(`convention-${row.number}-00.pdf`);
      const pdf = pdfOf(printed.base64);
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(await plainText(pdf)).toContain(row.number);

      const initial = await value(app.invoke('documents.conventionPdf', { id: row.id, avenantIndex: 0 }));
      expect(initial.base64).toBe(printed.base64);
      const missing = await app.invoke('documents.conventionPdf', { id: row.id, avenantIndex: 7 });
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('n’a pas de version 7') } });
      expect(await app.invoke('documents.conventionPdf', { id: 99_999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      app.close();
    }
  });

  it('prints the dénonciation letter: the notice of intent, then the decision', async () => {
    const app = await agencyDemo();
    try {
      const list = await value(app.invoke('conventions.list', { status: 'en_cours', measure: 'CAE', limit: 5 }));
      const row = list.items[1]!;
      expect(await app.invoke('documents.denunciationPdf', { id: row.id })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringContaining('pas de procédure de dénonciation') },
      });
      await value(
        app.invoke('conventions.denunciation', {
          id: row.id,
          step: 'NOTICE',
          date: '2009-07-01',
          grounds: 'Salarié affecté à un autre poste que celui de la convention',
        }),
      );
      const intent = await value(app.invoke('documents.denunciationPdf', { id: row.id }));
      expect(intent.fileName).toBe(`intention-denonciation-${row.number}.pdf`);
      const intentText = await plainText(pdfOf(intent.base64));
      expect(pdfOf(intent.base64).subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(intentText).toContain(row.number);
      expect(intentText).toContain('intention de dénoncer');
      expect(intentText).toContain('Salarié affecté à un autre poste');

      await value(
        app.invoke('conventions.denunciation', { id: row.id, step: 'DECISION', date: '2009-07-10', decision: 'DENOUNCED', reason: 'Aucune observation reçue' }),
      );
      const decision = await value(app.invoke('documents.denunciationPdf', { id: row.id }));
      expect(decision.fileName).toBe(`denonciation-${row.number}.pdf`);
      const decisionText = await plainText(pdfOf(decision.base64));
      expect(decisionText).toContain(row.number);
      expect(decisionText).toContain('dénonciation de la convention');
      expect(decisionText).toContain('10/07/2009');
    } finally {
      app.close();
    }
  });

  it('refuses an invalid input before any work', async () => {
    const app = await agencyDemo();
    try {
      expect(await app.dispatch('documents.conventionPdf', { id: 1, avenantIndex: -1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(await app.dispatch('documents.denunciationPdf', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    } finally {
      app.close();
    }
  });
});
