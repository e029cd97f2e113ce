import { describe, expect, it } from 'vitest';
import { isActive, navigationFor } from './navigation';

const labels = (role: 'agence' | 'employeur') => navigationFor(role).map((i) => `${i.label} ${i.path}`);

describe('navigation by workspace role', () => {
  it('keeps the agency its registry of employers and employees', () => {
    expect(labels('agence')).toEqual(
      expect.arrayContaining([
        'Tableau de bord /',
        'Conventions /conventions',
        'Employeurs /employeurs',
        'Salariés /salaries',
        'Échanges /echanges',
        'Paramètres /parametres',
      ]),
    );
    expect(labels('agence').join()).not.toMatch(/Établissements|Personnel/);
  });

  it('shows an employer its establishments and its staff instead, at the same place after « Conventions »', () => {
    const employer = labels('employeur');
    expect(employer).toEqual(expect.arrayContaining(['Établissements /etablissements', 'Personnel /personnel']));
    expect(employer.join()).not.toMatch(/Employeurs|Salariés/);
    const agency = labels('agence');
    const afterConventions = (list: string[], item: string) => list.indexOf(item) - list.indexOf('Conventions /conventions');
    expect(afterConventions(employer, 'Établissements /etablissements')).toBe(afterConventions(agency, 'Employeurs /employeurs'));
    expect(afterConventions(employer, 'Personnel /personnel')).toBe(afterConventions(agency, 'Salariés /salaries'));
  });

  it('gives an employer its « Obligations » first after the dashboard, which an agency does not have', () => {
    expect(labels('employeur').slice(0, 3)).toEqual(['Tableau de bord /', 'Obligations /obligations', 'Conventions /conventions']);
    expect(labels('agence').join()).not.toMatch(/Obligations/);
  });

  it('marks a section active on its page and the pages below it', () => {
    const staff = navigationFor('employeur').find((i) => i.path === '/personnel')!;
    expect(isActive(staff, '/personnel')).toBe(true);
    expect(isActive(staff, '/personnel/12')).toBe(true);
    expect(isActive(staff, '/personnelle')).toBe(false);
  });

  it('gives an employer its « Aides » page (aid expected and received), which an agency does not have', () => {
    expect(labels('employeur')).toContain('Aides /aides');
    expect(labels('agence')).not.toContain('Aides /aides');
  });
});
