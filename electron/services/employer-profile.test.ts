import { callsOf } from '../../test/helpers/app-calls';
import { describe, expect, it } from 'vitest';
import { isValidSiret } from '../../shared/rules/index';
import { agency } from '../../test/helpers/conventions';
import { useTempDir } from '../../test/helpers/temp-dir';
import { createAppServices } from '../api/app-services';
import { employerSignatory } from '../db/repositories/employer-profile';
import { TEST_PASSPHRASE } from '../../test/helpers/passphrase';

const tempDir = useTempDir();

async function employer(dataDir: string) {
  const app = createAppServices({ dataDir, mode: 'browser', today: () => '2009-06-15', now: () => '2009-06-15T10:00:00.000Z', log: () => undefined });
  await app.invoke('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Association Les Jardins du Rhône' });
  const { call, ok } = callsOf(app);
  const db = () => app.workspaces.current();
  const rows = (sql: string) => db().prepare(sql).all();
  return { app, call, ok, db, rows };
}

const PROFILE = {
  name: 'Association Les Jardins du Rhône',
  status: 'ASSOCIATION',
  collector: 'URSSAF',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  signatoryName: 'Jeanne ROUX',
  signatoryQuality: 'Présidente',
} as const;
const SIRET = '81943026500028';

/** The Luhn sum of INSEE, written again here so the test does not lean on the rule it checks. */
function luhn(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((c, i) => {
    const d = Number(c) * (i % 2 === 1 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return sum % 10 === 0;
}

describe('employer profile and establishments', () => {
  it('stores the profile once checked, shows the IBAN masked, and keeps it when not retyped', async () => {
    const e = await employer(tempDir());
    expect(await e.ok('profile.get', {})).toEqual({ profile: null, establishments: [] });
    expect(employerSignatory(e.db())).toBeNull();

    const badIban = await e.call('profile.save', { ...PROFILE, iban: 'FR76 3000 6000 0112 3456 7890 180' });
    expect(badIban).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { iban: expect.stringMatching(/IBAN invalide : sa clé ne correspond pas/) } },
    });
    const noCollectorName = await e.call('profile.save', { ...PROFILE, collector: 'AUTRE' });
    expect(noCollectorName).toMatchObject({
      ok: false,
      error: { fields: { collectorName: 'nom de l’organisme de recouvrement obligatoire quand ce n’est ni l’URSSAF ni la MSA' } },
    });
    const noSignatory = await e.call('profile.save', { ...PROFILE, signatoryQuality: '  ' });
    expect(noSignatory).toMatchObject({ ok: false, error: { fields: { signatoryQuality: 'qualité du signataire obligatoire' } } });
    expect(e.rows('SELECT * FROM employer_profile')).toEqual([]);

    const saved = await e.ok('profile.save', PROFILE);
    expect(saved.profile).toMatchObject({ name: PROFILE.name, collector: 'URSSAF', collectorName: null, ibanMasked: 'FR76 •••• •••• •••• •••• •••• 189' });
    expect(JSON.stringify(saved)).not.toContain('1234567890');
    expect(e.rows('SELECT iban FROM employer_profile')).toEqual([{ iban: 'FR7630006000011234567890189' }]);

    // Saved again without an IBAN: the stored one stays; AUTRE carries its collector's name.
    const { iban: _iban, ...withoutIban } = PROFILE;
    await e.ok('profile.save', {
      ...withoutIban,
      collector: 'AUTRE',
      collectorName: 'Caisse des marins',
      signatoryName: 'Paul MARTIN',
      signatoryQuality: 'Directeur',
    });
    expect(e.rows('SELECT collector, collector_name AS name, iban FROM employer_profile')).toEqual([
      { collector: 'AUTRE', name: 'Caisse des marins', iban: 'FR7630006000011234567890189' },
    ]);
    expect(employerSignatory(e.db())).toEqual({ name: 'Paul MARTIN', quality: 'Directeur', organisation: PROFILE.name });
    expect(e.rows("SELECT action, details FROM audit_log WHERE action = 'profile.save'")).toHaveLength(2);
    e.app.close();
  });

  it('adds establishments whose SIRET passes the SIRET rule, SIREN key included, each taking the profile', async () => {
    const e = await employer(tempDir());
    const first = await e.call('establishments.save', { siret: SIRET, name: 'Jardins du Rhône — Vénissieux' });
    expect(first).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/Renseignez d’abord le profil/) } });
    await e.ok('profile.save', PROFILE);

    // The 14 digits pass the SIRET key, the SIREN's own key does not.
    const badSiren = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => `8194302670002${d}`).find((s) => luhn(s))!;
    expect(luhn(badSiren.slice(0, 9))).toBe(false);
    expect(isValidSiret(badSiren)).toBe(false);
    const refused = await e.call('establishments.save', { siret: badSiren, name: 'Antenne' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { siret: expect.stringMatching(/^SIRET invalide : la clé du SIREN/) } },
    });
    expect(await e.call('establishments.save', { siret: '8194302650002', name: 'Antenne' })).toMatchObject({
      ok: false,
      error: { fields: { siret: 'SIRET attendu : 14 chiffres' } },
    });

    const view = await e.ok('establishments.save', {
      siret: '819 430 265 00028',
      name: 'Jardins du Rhône — Vénissieux',
      address: '3 rue des Serres',
      postalCode: '69200',
      city: 'Vénissieux',
    });
    expect(view.establishments).toEqual([
      {
        id: expect.any(Number),
        siret: SIRET,
        name: 'Jardins du Rhône — Vénissieux',
        address: '3 rue des Serres',
        postalCode: '69200',
        city: 'Vénissieux',
        conventions: 0,
      },
    ]);
    expect(e.rows('SELECT status, collector, iban, department FROM employers')).toEqual([
      { status: 'ASSOCIATION', collector: 'URSSAF', iban: 'FR7630006000011234567890189', department: '69' },
    ]);
    const id = view.establishments[0]!.id;
    expect(await e.call('establishments.save', { siret: SIRET, name: 'Doublon' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const place = { address: '3 rue des Serres', postalCode: '69200', city: 'Vénissieux' };
    await e.ok('establishments.save', { id, siret: SIRET, name: 'Jardins du Rhône (Vénissieux)', ...place });
    expect(e.rows('SELECT name FROM employers')).toEqual([{ name: 'Jardins du Rhône (Vénissieux)' }]);

    // The form of a convention entered by hand is filled from the establishment and the profile.
    expect(await e.ok('establishments.get', { id })).toEqual({
      siret: SIRET,
      name: 'Jardins du Rhône (Vénissieux)',
      address: '3 rue des Serres, 69200 Vénissieux',
      status: 'ASSOCIATION',
      collector: 'URSSAF',
      collectorName: null,
      iban: 'FR7630006000011234567890189',
      signatory: { name: 'Jeanne ROUX', quality: 'Présidente' },
    });
    e.app.close();
  });

  it('exists only in an employer workspace: an agency is refused and nothing is written', async () => {
    const a = await agency(tempDir());
    const reply = await a.call('profile.save', PROFILE);
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/espace employeur/) } });
    expect(a.app.workspaces.current().prepare('SELECT count(*) FROM employer_profile').pluck().get()).toBe(0);
  });
});
