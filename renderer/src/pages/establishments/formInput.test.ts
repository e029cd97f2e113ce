import { describe, expect, it } from 'vitest';
import { checkEstablishment, checkProfile, groupSiret, type ProfileTyped } from './formInput';

const typed: ProfileTyped = {
  name: 'Association Les Jardins du Rhône',
  status: 'ASSOCIATION',
  collector: 'URSSAF',
  collectorName: '',
  iban: '',
  signatoryName: 'Jeanne ROUX',
  signatoryQuality: 'Présidente',
};

describe('profile and establishment forms', () => {
  it('sends the profile without an IBAN to keep the stored one, and the collector’s name only for « Autre »', () => {
    expect(checkProfile({ ...typed, collectorName: 'oublié' })).toEqual({
      ok: true,
      input: { name: typed.name, status: 'ASSOCIATION', collector: 'URSSAF', signatoryName: 'Jeanne ROUX', signatoryQuality: 'Présidente' },
    });
    expect(checkProfile({ ...typed, iban: 'FR76 3000 6000 0112 3456 7890 189' })).toMatchObject({
      ok: true,
      input: { iban: 'FR76 3000 6000 0112 3456 7890 189' },
    });
  });

  it('says in French, field by field, what the service would refuse', () => {
    expect(checkProfile({ ...typed, collector: 'AUTRE', iban: 'FR76 3000 6000 0112 3456 7890 180', status: '' })).toEqual({
      ok: false,
      errors: {
        status: 'Statut de l’employeur attendu (tableau 1 du formulaire)',
        iban: 'IBAN invalide : sa clé ne correspond pas (ou le pays n’est pas de la zone SEPA) ; recopiez-le depuis le RIB',
        collectorName: 'Nom de l’organisme de recouvrement obligatoire quand ce n’est ni l’URSSAF ni la MSA',
      },
    });
    const place = { siret: '819 430 265 00027', name: ' ', address: '', postalCode: '6900', city: '' };
    expect(checkEstablishment(place, null)).toEqual({
      ok: false,
      errors: {
        siret: 'SIRET invalide : la clé du SIREN (9 premiers chiffres) ou celle du SIRET ne correspond pas ; vérifiez le numéro',
        name: 'Nom de l’établissement obligatoire',
        postalCode: 'Code postal attendu : 5 chiffres',
      },
    });
    expect(checkEstablishment({ ...place, siret: '81943026500028', name: 'Siège', postalCode: '69003' }, 4)).toEqual({
      ok: true,
      input: { id: 4, siret: '81943026500028', name: 'Siège', postalCode: '69003' },
    });
  });

  it('groups a SIRET as the SIREN in threes, then the NIC', () => {
    expect(groupSiret('81943026500028')).toBe('819 430 265 00028');
  });
});
