import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { aidsOverview } from '../../services/aids';
import { DEMO_REFERENCE_DATE, generateDemoWorkspace } from './generate';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-demo-pay-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const plain = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('employer demo: aid received', () => {
  it('holds the payments received up to the reference date, one of them short, explained by the SMIC revaluation (formulaire CAE-0515, « Aides de l’État »)', () => {
    const file = path.join(dir, 'emp.sqlite');
    generateDemoWorkspace({ file, role: 'employeur', conventions: 40, seed: 1 });
    const db = openDatabase(file);
    try {
      const overview = aidsOverview(db, DEMO_REFERENCE_DATE);
      expect(overview.differences).toHaveLength(1);
      const [short] = overview.differences;
      expect(short!.status).toBe('en_cours');
      expect(short!.line).toMatchObject({ status: 'ecart', period: '2008-07' });
      expect(short!.line.differenceCents).toBeLessThan(0);
      expect(plain(short!.line.explanation)).toMatch(
        /^juillet 2008 : .* de moins que prévu .*le SMIC horaire brut a été revalorisé le 01\/07\/2008 \(8,63 € → 8,71 €/,
      );
      expect(plain(short!.line.explanation)).toContain('le montant reçu est celui de juin 2008');
      // Everything due at least twenty days before the reference date was received; the month of June 2009 is awaited.
      const received = db.prepare('SELECT max(received_on) AS last, count(*) AS n FROM received_payments').get() as { last: string; n: number };
      expect(received.last <= DEMO_REFERENCE_DATE).toBe(true);
      expect(received.n).toBeGreaterThan(100);
      expect(overview.conventions.every((c) => c.receivedCents > 0)).toBe(true);
      const running = overview.conventions.find((c) => c.conventionId === short!.conventionId)!;
      expect(running.receivedCents).toBeLessThan(running.expectedToDateCents);
    } finally {
      db.close();
    }
  });

  it('is the same for the same seed; an agency demo has none', () => {
    const rows = (f: string) => {
      const db = new Database(f, { readonly: true });
      const all = db.prepare('SELECT * FROM received_payments ORDER BY id').all();
      db.close();
      return all;
    };
    const a = path.join(dir, 'a.sqlite');
    const b = path.join(dir, 'b.sqlite');
    const agency = path.join(dir, 'agency.sqlite');
    generateDemoWorkspace({ file: a, role: 'employeur', conventions: 30, seed: 3 });
    generateDemoWorkspace({ file: b, role: 'employeur', conventions: 30, seed: 3 });
    generateDemoWorkspace({ file: agency, role: 'agence', conventions: 30, seed: 3 });
    expect(rows(a)).toEqual(rows(b));
    expect(rows(a).length).toBeGreaterThan(0);
    expect(rows(agency)).toEqual([]);
  });
});
