import { describe, expect, it } from 'vitest';
import { checkWorkspace, serviceFieldErrors, workspaceInput } from './workspaceInput';

/** A workspace left unencrypted: the cases below are about the other fields. */
const CLEAR = { encrypt: false, passphrase: '', passphraseConfirm: '' };
const employer = { name: 'Association Tremplin', department: '', agencyCode: '', encrypt: true };

describe('workspaceInput', () => {
  it('sends an agency’s code and department trimmed and in capitals', () => {
    expect(workspaceInput('agence', { ...CLEAR, name: '  ALE de Bastia ', department: ' 2b', agencyCode: 'ab12c ' })).toEqual({
      role: 'agence',
      name: 'ALE de Bastia',
      encrypt: false,
      department: '2B',
      agencyCode: 'AB12C',
    });
  });

  it('leaves out what is left empty, and what an employer does not give', () => {
    expect(workspaceInput('agence', { ...CLEAR, name: 'ALE', department: '  ', agencyCode: '' })).toEqual({ role: 'agence', name: 'ALE', encrypt: false });
    expect(workspaceInput('employeur', { ...CLEAR, name: 'Commune de Villeurbanne', department: '69', agencyCode: '69012' })).toEqual({
      role: 'employeur',
      name: 'Commune de Villeurbanne',
      encrypt: false,
    });
  });
});

describe('checkWorkspace', () => {
  it('gives the request when the contract accepts it', () => {
    expect(checkWorkspace('agence', { ...CLEAR, name: 'ALE de Lyon Part-Dieu', department: '69', agencyCode: '69012' })).toEqual({
      ok: true,
      input: { role: 'agence', name: 'ALE de Lyon Part-Dieu', department: '69', agencyCode: '69012', encrypt: false },
    });
  });

  it('puts the contract’s messages, capitalised, under their fields', () => {
    expect(checkWorkspace('agence', { ...CLEAR, name: 'ALE', department: '99', agencyCode: '690' })).toEqual({
      ok: false,
      errors: {
        agencyCode: 'Code agence ou prescripteur attendu : 5 caractères',
        department: expect.stringMatching(/^Département attendu : 01 à 95, 2A, 2B ou 971 à 976/),
      },
    });
    expect(checkWorkspace('agence', { ...CLEAR, name: 'A', department: '', agencyCode: '' })).toEqual({
      ok: false,
      errors: {
        name: 'Nom trop court (2 caractères au moins)',
        agencyCode: 'Code agence ou prescripteur obligatoire pour une agence',
        department: 'Département obligatoire pour une agence',
      },
    });
  });

  it('asks an employer for its name only', () => {
    expect(checkWorkspace('employeur', { ...CLEAR, name: 'Commune de Villeurbanne', department: '', agencyCode: '' }).ok).toBe(true);
  });
});

describe('the passphrase of an encrypted workspace (issue #15, encryption at rest)', () => {
  it('is sent as typed, spaces kept, when both entries agree', () => {
    const passphrase = '  quatre mots pour Tremplin ';
    expect(checkWorkspace('employeur', { ...employer, passphrase, passphraseConfirm: passphrase })).toEqual({
      ok: true,
      input: { role: 'employeur', name: 'Association Tremplin', encrypt: true, passphrase },
    });
  });

  it('is required, 12 characters at least, and typed twice the same', () => {
    expect(checkWorkspace('employeur', { ...employer, passphrase: '', passphraseConfirm: '' })).toEqual({
      ok: false,
      errors: { passphrase: expect.stringMatching(/^Phrase secrète trop courte : 12 caractères au moins/) },
    });
    expect(checkWorkspace('employeur', { ...employer, passphrase: 'quatre mots pour Tremplin', passphraseConfirm: 'quatre mots pour tremplin' })).toEqual({
      ok: false,
      errors: { passphraseConfirm: 'Les deux saisies de la phrase secrète diffèrent' },
    });
  });
});

describe('serviceFieldErrors', () => {
  it('puts the service’s messages under the fields their path names, the others in the general message', () => {
    expect(serviceFieldErrors({ department: 'département inconnu', agencyCode: 'code déjà pris', role: 'rôle attendu : agence ou employeur' })).toEqual({
      department: 'Département inconnu',
      agencyCode: 'Code déjà pris',
      general: 'Rôle attendu : agence ou employeur',
    });
    expect(serviceFieldErrors({ 'name.first': 'nom trop court' })).toEqual({ name: 'Nom trop court' });
  });
});
