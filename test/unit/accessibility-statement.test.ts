/**
 * The accessibility statement (RGAA) has one text, shared/accessibility/statement.ts:
 * the app shows it (page « Déclaration d’accessibilité ») and README.md holds it
 * word for word, so neither drifts from the other. It keeps RGAA's sections.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATEMENT_DATE, STATEMENT_SECTIONS, statementMarkdown } from '../../shared/accessibility/statement';

const README = fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('accessibility statement (RGAA 4.1, « Déclaration d’accessibilité »)', () => {
  it('README.md holds the same text as the app shows', () => {
    expect(README).toContain(`${statementMarkdown(2)}\n`);
  });

  it('has the sections RGAA expects, a conformity state, what was and was not tested, and the Défenseur des droits', () => {
    expect(STATEMENT_SECTIONS.map((s) => s.title)).toEqual([
      'Engagement',
      'État de conformité',
      'Résultats des tests',
      'Contenus non accessibles',
      'Établissement de cette déclaration',
      'Retour d’information et contact',
      'Voies de recours',
    ]);
    const text = statementMarkdown();
    expect(text).toContain('**partiellement conforme**');
    expect(text).toContain('Ce qui n’a pas été testé');
    const axe = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(text, 'la version d’axe-core installée').toContain(`axe-core ${axe.version}`);
    expect(text).toContain('Défenseur des droits');
    expect(STATEMENT_DATE).toBe('04/12/2026');
  });
});
