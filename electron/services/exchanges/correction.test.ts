import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskNir } from '../../../shared/format/nir';
import type { ConventionDocument } from '../../../shared/rules/index';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { answerLot } from '../../../test/counterpart/respond';
import { agency } from '../../../test/helpers/conventions';
import { base64, dump, exportedAndAnswered, imported, signedCae } from '../../../test/helpers/exchanges';
import { storedText } from '../../../test/helpers/stored-documents';

const tempDir = useTempDir('cae-correction-');

/** The French message of a call that must be refused. */
async function refusal(call: Promise<{ ok: true } | { ok: false; error: { message: string } }>): Promise<string> {
  const reply = await call;
  expect(reply.ok).toBe(false);
  return reply.ok ? '' : reply.error.message;
}

/** A convention sent without the employee's NIR: the payment organisation answers NIR_ABSENT. */
const withoutNir = (doc: ConventionDocument) => {
  doc.employee = { ...doc.employee, nir: null };
};

describe('correcting a rejected convention in place (exchanges.correct)', () => {
  it('is refused while no rejected line waits for the version, and changes nothing', async () => {
    const x = await exportedAndAnswered(tempDir());
    const before = dump(x);
    const reply = await x.a.call('exchanges.correct', { versionId: x.versionId, values: { weeklyHours: 20 } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!reply.ok)
      expect(reply.error.message).toMatch(
        /^La convention 069-0608-69012-00001 n’a pas de ligne rejetée en attente de correction : sa dernière ligne \(LOT_69012_000001_.*, ligne 1\) est « envoyée »\.$/,
      );
    expect(dump(x)).toBe(before);
    expect(await x.a.call('exchanges.correct', { versionId: 999, values: { weeklyHours: 20 } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('says in French agreeing with the record that a version never sent has nothing to correct: la convention… envoyée, l’avenant… envoyé', async () => {
    // Never sent: nothing to correct here.
    const a = await agency(tempDir());
    const id = await signedCae(a);
    const db = a.app.workspaces.current();
    const versionId = db.prepare('SELECT id FROM convention_versions WHERE convention_id = ?').pluck().get(id) as number;
    const number = db.prepare('SELECT number FROM conventions WHERE id = ?').pluck().get(id) as string;
    expect(await refusal(a.call('exchanges.correct', { versionId, values: { weeklyHours: 20 } }))).toBe(
      `La convention ${number} n’a jamais été envoyée à l’organisme payeur : rien à corriger ici ; modifiez-la par les actions de la convention.`,
    );
    db.prepare('UPDATE convention_versions SET avenant_index = 2 WHERE id = ?').run(versionId);
    expect(await refusal(a.call('exchanges.correct', { versionId, values: { weeklyHours: 20 } }))).toBe(
      `L’avenant n° 2 de la convention ${number} n’a jamais été envoyé à l’organisme payeur : rien à corriger ici ; modifiez-le par les actions de la convention.`,
    );
  });

  it('says why a rejected version no longer corrects in place, agreeing with the record', async () => {
    // Rejected, then followed by another version: corrected by a new avenant only.
    const x = await exportedAndAnswered(tempDir());
    await imported(x);
    const xdb = x.a.app.workspaces.current();
    const columns = (
      xdb.prepare('SELECT name FROM pragma_table_info(?) WHERE name NOT IN (?, ?)').pluck().all('convention_versions', 'id', 'avenant_index') as string[]
    ).join(', ');
    xdb
      .prepare(`INSERT INTO convention_versions (avenant_index, ${columns}) SELECT avenant_index + 3, ${columns} FROM convention_versions WHERE id = ?`)
      .run(x.versionId);
    const correct = () => x.a.call('exchanges.correct', { versionId: x.versionId, values: { weeklyHours: 20 } });
    expect(await refusal(correct())).toBe(
      'La convention 069-0608-69012-00001 a été suivie d’un avenant : elle ne se corrige plus sur place. Corrigez par un nouvel avenant, ou contactez l’organisme payeur.',
    );
    xdb.prepare('UPDATE convention_versions SET avenant_index = 2 WHERE id = ?').run(x.versionId);
    expect(await refusal(correct())).toBe(
      'L’avenant n° 2 de la convention 069-0608-69012-00001 a été suivi d’un autre avenant : il ne se corrige plus sur place. Corrigez par un nouvel avenant, ou contactez l’organisme payeur.',
    );
    // The convention went back to its instruction: the status is the convention's, whatever the version.
    xdb.prepare('DELETE FROM convention_versions WHERE convention_id = ? AND id <> ?').run(x.conventionId, x.versionId);
    xdb.prepare("UPDATE conventions SET status = 'a_signer' WHERE id = ?").run(x.conventionId);
    expect(await refusal(correct())).toBe('La convention 069-0608-69012-00001 n’est plus signée : terminez son instruction, elle repartira à sa signature.');
  });

  it('refuses invalid values with a French message and changes nothing', async () => {
    const x = await exportedAndAnswered(tempDir());
    await imported(x);
    const before = dump(x);
    const message = async (values: Record<string, unknown>) => {
      const reply = await x.a.call('exchanges.correct', { versionId: x.versionId, values } as never);
      expect(reply.ok).toBe(false);
      return reply.ok ? '' : reply.error.message;
    };
    expect(await message({ weeklyHours: 50 })).toContain('35 heures par semaine au plus');
    expect(await message({})).toContain('indiquez au moins une valeur à corriger');
    expect(await message({ nir: '2 75 03 69 123 456 62' })).toContain('NIR invalide');
    expect(await message({ nir: '12345' })).toContain('NIR attendu : 15 caractères');
    expect(await message({ startsOn: '2008-12-01', endsOn: '2008-06-01' })).toContain('la date de fin ne peut pas précéder la date de début');
    expect(await message({ weeklyHours: 18 })).toBe('Aucune valeur ne change : saisissez la valeur corrigée.');
    // The rules recheck the corrected convention: hiring before the signature is an error.
    expect(await message({ weeklyHours: 20, startsOn: '2008-06-02' })).toMatch(
      /^Correction refusée par les règles, rien n’a été modifié : L’embauche \(02\/06\/2008\) ne peut pas avoir lieu avant la signature/,
    );
    expect(dump(x)).toBe(before);
  });

  it('applies: version row and document change together, payments follow, the audit log keeps before and after; the next lot carries exactly that line and the old one is resent', async () => {
    const x = await exportedAndAnswered(tempDir());
    await imported(x);
    const db = x.a.app.workspaces.current();
    const expected = () => db.prepare('SELECT sum(expected_cents) FROM aid_payments WHERE convention_id = ?').pluck().get(x.conventionId) as number;
    const aidBefore = expected();
    expect((await x.a.ok('exchanges.export', {})).awaitingCorrection).toEqual(['069-0608-69012-00001 (convention)']);

    expect((await x.a.ok('exchanges.lot', { lotId: x.lot.lotId })).lines[0]!.correctedPending).toBe(false);
    const done = await x.a.ok('exchanges.correct', { versionId: x.versionId, values: { weeklyHours: 20 } });
    expect((await x.a.ok('exchanges.lot', { lotId: x.lot.lotId })).lines[0]).toMatchObject({ status: 'rejected', correctedPending: true });
    expect(done).toEqual({
      conventionId: x.conventionId,
      conventionNumber: '069-0608-69012-00001',
      avenantIndex: 0,
      changes: [{ field: 'weeklyHours', label: 'Durée hebdomadaire de travail', before: '18 h par semaine', after: '20 h par semaine' }],
    });
    // The document alone holds the hours (migration 0006): the correction patches it.
    const stored = JSON.parse(storedText(db, x.versionId)) as { contract: { weeklyHours: number }; employee: Record<string, unknown>; signedOn: string };
    expect(stored.contract.weeklyHours).toBe(20);
    expect(stored.signedOn).toBe('2008-06-05');
    expect(stored.employee).not.toHaveProperty('nir');
    expect(expected()).toBeGreaterThan(aidBefore);
    const audit = db.prepare("SELECT actor, entity_id, details FROM audit_log WHERE action = 'exchanges.correct'").get() as {
      actor: string;
      entity_id: number;
      details: string;
    };
    expect(audit.entity_id).toBe(x.conventionId);
    expect(JSON.parse(audit.details)).toMatchObject({ versionId: x.versionId, code: 'DUREE_HEBDO', before: { weeklyHours: 18 }, after: { weeklyHours: 20 } });
    // The convention page shows the corrected version.
    const view = await x.a.ok('conventions.get', { id: x.conventionId });
    expect(view.versions).toHaveLength(1);
    expect(view.versions[0]!.document.contract?.weeklyHours).toBe(20);

    // The corrected line leaves in the next lot, alone.
    const next = await x.a.ok('exchanges.export', {});
    expect(next.awaitingCorrection).toEqual([]);
    expect(next.lots).toEqual([{ lotId: expect.any(Number), fileName: 'LOT_69012_000002_20080620T100000Z.json', sequence: 2, lines: 1 }]);
    const lot = JSON.parse(fs.readFileSync(path.join(x.dataDir, 'envois', next.lots[0]!.fileName), 'utf8')) as {
      lines: { record: string; conventionNumber: string; weeklyMinutes: number }[];
    };
    expect(lot.lines).toMatchObject([{ record: 'CONVENTION', conventionNumber: '069-0608-69012-00001', weeklyMinutes: 1200 }]);

    const old = await x.a.ok('exchanges.lot', { lotId: x.lot.lotId });
    expect(old.lot).toMatchObject({ status: 'rejected', displayStatus: 'resent', counts: { rejected: 0, resent: 1 } });
    expect(old.lines[0]).toMatchObject({ status: 'resent', correction: null, resentIn: { lotId: next.lots[0]!.lotId, sequence: 2, lineNo: 1 } });
    expect(old.lines[0]!.explanation?.code).toBe('DUREE_HEBDO');
    // Nothing waits for a correction any more: correcting again is refused.
    expect(await x.a.call('exchanges.correct', { versionId: x.versionId, values: { weeklyHours: 21 } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    // The organisation accepts the corrected line.
    const text = fs.readFileSync(path.join(x.dataDir, 'envois', next.lots[0]!.fileName), 'utf8');
    const answer = answerLot(text, '2008-06-25T09:00:00Z', 2);
    expect(answer.text).toContain('ACCEPTED');
    const applied = await x.a.ok('exchanges.import', { fileName: answer.fileName, base64: base64(answer.text), dryRun: false });
    expect(applied.kind).toBe('applied');
    expect((await x.a.ok('exchanges.lot', { lotId: next.lots[0]!.lotId })).lot.status).toBe('accepted');
  });

  it('an unknown rejection code opens every field; the agent sends only what changed and the NIR on record stays', async () => {
    const x = await exportedAndAnswered(tempDir());
    await imported(x);
    const db = x.a.app.workspaces.current();
    db.prepare("UPDATE exchange_lot_lines SET error_code = 'MOTIF_X', error_label = 'Motif inconnu.' WHERE lot_id = ? AND status = 'rejected'").run(
      x.lot.lotId,
    );
    const nirBefore = db
      .prepare('SELECT e.nir FROM employees e JOIN conventions c ON c.employee_id = e.id WHERE c.id = ?')
      .pluck()
      .get(x.conventionId) as string;
    expect(nirBefore).toMatch(/^\d{15}$/);
    const line = (await x.a.ok('exchanges.lot', { lotId: x.lot.lotId })).lines[0]!;
    expect(line.correction).toMatchObject({
      fields: ['weeklyHours', 'startsOn', 'endsOn', 'aidRatePercent', 'nir'],
      values: { weeklyHours: 18, nirMasked: maskNir(nirBefore) },
    });

    // The modal sends the hours alone (the NIR field left empty means « unchanged »).
    const done = await x.a.ok('exchanges.correct', { versionId: x.versionId, values: { weeklyHours: 20 } });
    expect(done.changes).toEqual([{ field: 'weeklyHours', label: 'Durée hebdomadaire de travail', before: '18 h par semaine', after: '20 h par semaine' }]);
    expect(db.prepare('SELECT e.nir FROM employees e JOIN conventions c ON c.employee_id = e.id WHERE c.id = ?').pluck().get(x.conventionId)).toBe(nirBefore);
    const row = db.prepare('SELECT starts_on, ends_on, aid_rate_bp FROM convention_versions WHERE id = ?').get(x.versionId) as Record<string, unknown>;
    expect(row).toMatchObject({ starts_on: line.correction!.values.startsOn, ends_on: line.correction!.values.endsOn });
    expect(JSON.parse(storedText(db, x.versionId))).toMatchObject({ contract: { weeklyHours: 20 } });
    const audit = JSON.parse(db.prepare("SELECT details FROM audit_log WHERE action = 'exchanges.correct'").pluck().get() as string) as {
      before: object;
      after: object;
    };
    expect(audit).toMatchObject({ code: 'MOTIF_X', before: { weeklyHours: 18 }, after: { weeklyHours: 20 } });
    expect(Object.keys(audit.after)).toEqual(['weeklyHours']);
  });

  it('takes the NIR a NIR_ABSENT rejection asks for: stored once in the employee record, checked by the rules', async () => {
    const x = await exportedAndAnswered(tempDir(), withoutNir, false);
    await imported(x);
    const detail = await x.a.ok('exchanges.lot', { lotId: x.lot.lotId });
    expect(detail.lines[0]).toMatchObject({ code: 'NIR_ABSENT', correction: { fields: ['nir'], values: { nirMasked: null } } });
    const db = x.a.app.workspaces.current();
    const before = dump(x);
    // A NIR whose sex digit contradicts « Madame »: the rules warn, the correction is refused.
    const wrong = await x.a.call('exchanges.correct', { versionId: x.versionId, values: { nir: '175036912345614' } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('Dans le NIR') } });
    expect(dump(x)).toBe(before);

    const done = await x.a.ok('exchanges.correct', { versionId: x.versionId, values: { nir: '2 75 03 69 123 456 61' } });
    expect(done.changes).toEqual([{ field: 'nir', label: 'N° de sécurité sociale (NIR) du salarié', before: null, after: maskNir('275036912345661') }]);
    expect(db.prepare('SELECT e.nir FROM employees e JOIN conventions c ON c.employee_id = e.id WHERE c.id = ?').pluck().get(x.conventionId)).toBe(
      '275036912345661',
    );
    expect(storedText(db, x.versionId)).not.toContain('275036912345661');
    const audit = db.prepare("SELECT details FROM audit_log WHERE action = 'exchanges.correct'").pluck().get() as string;
    expect(audit).not.toContain('275036912345661');
    const next = await x.a.ok('exchanges.export', {});
    expect(next.lots).toHaveLength(1);
    expect(fs.readFileSync(path.join(x.dataDir, 'envois', next.lots[0]!.fileName), 'utf8')).toContain('"nir": "275036912345661"');
  });

  it('refuses a field the version does not carry, and a NIR already held by another employee', async () => {
    const x = await exportedAndAnswered(tempDir(), withoutNir, false);
    await imported(x);
    const db = x.a.app.workspaces.current();
    db.prepare(
      "INSERT INTO employees (nir, civility, last_name, first_names, birth_date, created_ms, updated_ms) VALUES ('275036912345661', 'MME', 'DUPONT', 'Anne', '1975-03-01', 1, 1)",
    ).run();
    const before = dump(x);
    const taken = await x.a.call('exchanges.correct', { versionId: x.versionId, values: { nir: '275036912345661' } });
    expect(taken).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Ce NIR est déjà celui d’un autre salarié (DUPONT Anne) : vérifiez le numéro saisi.' },
    });
    // An employer substitution carries no hours: make the version one to check the fields allowed.
    db.prepare("UPDATE convention_versions SET kind = 'EMPLOYER_SUBSTITUTION' WHERE id = ?").run(x.versionId);
    const hours = await x.a.call('exchanges.correct', { versionId: x.versionId, values: { weeklyHours: 25 } });
    expect(hours).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('Cette version ne porte pas « Durée hebdomadaire de travail »') },
    });
    db.prepare("UPDATE convention_versions SET kind = 'INITIAL' WHERE id = ?").run(x.versionId);
    expect(dump(x)).toBe(before);
  });
});
