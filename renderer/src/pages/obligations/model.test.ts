import { describe, expect, it } from 'vitest';
import type { ObligationItem } from '../../../../shared/api/obligations-contract';
import {
  actionLabel,
  actionPath,
  countByShow,
  declarationFact,
  doneText,
  dueTexts,
  filterItems,
  firstOverdue,
  kindsPresent,
  needsAttention,
  STATE_LABELS,
  summarySentence,
} from './model';

function item(key: string, state: ObligationItem['state'], kind: ObligationItem['kind'] = 'PROOF_OF_ACTIVITY', due = '2009-06-01'): ObligationItem {
  return {
    key,
    kind,
    label: key,
    detail: '',
    conventionId: 1,
    conventionNumber: '069-0608-69012-00042',
    measure: 'CAE',
    person: 'MARTIN Claire',
    due,
    legalDue: null,
    state,
    legalRef: '',
    done: state === 'fait' ? { on: '2009-05-30', by: 'Jeanne ROUX', how: 'marque' } : null,
    markable: true,
    action: { kind: 'proof', conventionId: 1, periodStart: '2009-03-01' },
  };
}

const items = [
  item('a', 'fait', 'EVENT_REPORT', '2009-01-10'),
  item('b', 'en_retard', 'PROOF_OF_ACTIVITY', '2009-02-01'),
  item('c', 'en_retard', 'EVENT_REPORT', '2009-03-01'),
  item('d', 'a_faire', 'RENEWAL_REQUEST', '2009-07-01'),
  item('e', 'a_venir', 'PROOF_OF_ACTIVITY', '2009-09-01'),
];
const keys = (list: ObligationItem[]) => list.map((i) => i.key);

describe('the obligations list’s filters', () => {
  it('shows what is still to do by default (overdue, due within 30 days, later), the done items apart, or all, in the list’s order', () => {
    expect(keys(filterItems(items, { show: 'a_faire', kind: '' }))).toEqual(['b', 'c', 'd', 'e']);
    expect(keys(filterItems(items, { show: 'faites', kind: '' }))).toEqual(['a']);
    expect(keys(filterItems(items, { show: 'toutes', kind: '' }))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps one kind when asked, and counts each option within it', () => {
    expect(keys(filterItems(items, { show: 'toutes', kind: 'EVENT_REPORT' }))).toEqual(['a', 'c']);
    expect(countByShow(items, '')).toEqual({ a_faire: 4, faites: 1, toutes: 5 });
    expect(countByShow(items, 'EVENT_REPORT')).toEqual({ a_faire: 1, faites: 1, toutes: 2 });
  });

  it('offers only the kinds present, in the contract’s order, counted for the option shown', () => {
    expect(kindsPresent(items, 'a_faire')).toEqual([
      { kind: 'RENEWAL_REQUEST', count: 1 },
      { kind: 'EVENT_REPORT', count: 1 },
      { kind: 'PROOF_OF_ACTIVITY', count: 2 },
    ]);
    expect(kindsPresent([], 'toutes')).toEqual([]);
  });
});

describe('the words of an obligation', () => {
  it('says each state in words', () => {
    expect(STATE_LABELS).toEqual({ en_retard: 'En retard', a_faire: 'À faire', a_venir: 'À venir', fait: 'Fait' });
  });

  it('sums up at start-up what is overdue and due within 30 days, leaving out a nil count', () => {
    expect(summarySentence({ overdue: 3, dueWithin30Days: 2, done: 7 })).toBe('3 en retard, 2 à faire dans les 30 jours');
    expect(summarySentence({ overdue: 1, dueWithin30Days: 0, done: 0 })).toBe('1 en retard');
    expect(summarySentence({ overdue: 0, dueWithin30Days: 4, done: 0 })).toBe('4 à faire dans les 30 jours');
    expect(summarySentence({ overdue: 0, dueWithin30Days: 0, done: 2 })).toBe('Rien en retard ni à faire dans les 30 jours');
    expect(needsAttention({ overdue: 0, dueWithin30Days: 0, done: 2 })).toBe(false);
    expect(needsAttention({ overdue: 0, dueWithin30Days: 1, done: 0 })).toBe(true);
    expect(keys(firstOverdue(items, 1))).toEqual(['b']);
  });

  it('keeps the date of a done item and who did it: a mark names its author, a recorded fact says where it comes from', () => {
    expect(doneText({ on: '2009-05-30', by: 'Jeanne ROUX', how: 'marque' })).toBe('Fait le 30/05/2009 par Jeanne ROUX');
    expect(doneText({ on: '2007-11-10', by: 'date saisie dans la convention', how: 'saisi' })).toBe('Fait le 10/11/2007 (date saisie dans la convention)');
  });

  it('shows the due date JJ/MM/AAAA, and the legal limit only when it differs', () => {
    expect(dueTexts({ due: '2009-05-15', legalDue: '2009-06-15' })).toEqual({ due: '15/05/2009', legal: 'limite légale le 15/06/2009' });
    expect(dueTexts({ due: '2009-05-15', legalDue: '2009-05-15' })).toEqual({ due: '15/05/2009', legal: null });
    expect(dueTexts({ due: '2009-05-15', legalDue: null })).toEqual({ due: '15/05/2009', legal: null });
  });

  it('leads each button where the work is done: the proof’s period in the Activité tab, the convention on its tab', () => {
    expect(actionPath({ kind: 'proof', conventionId: 7, periodStart: '2009-03-01' })).toBe('/conventions/7?onglet=activite&periode=2009-03-01');
    expect(actionPath({ kind: 'convention', conventionId: 7, tab: 'aides' })).toBe('/conventions/7?onglet=aides');
    expect(actionPath({ kind: 'convention', conventionId: 7, tab: 'convention' })).toBe('/conventions/7');
    expect(actionLabel({ kind: 'RENEWAL_REQUEST', action: { kind: 'convention', conventionId: 7, tab: 'convention' } })).toBe('Préparer la demande');
    expect(actionLabel({ kind: 'EVENT_REPORT', action: { kind: 'declaration', conventionId: 7, event: 'SUSPENSION', index: 0 } })).toBe('Déclaration (PDF)');
  });

  it('prints the declaration of the fact the item names: a renewal by its rank, any other fact by its rank among the events', () => {
    expect(declarationFact({ kind: 'declaration', conventionId: 7, event: 'SUSPENSION', index: 2 })).toEqual({ kind: 'EVENT', index: 2 });
    expect(declarationFact({ kind: 'declaration', conventionId: 7, event: 'HOURS_CHANGE', index: 0 })).toEqual({ kind: 'EVENT', index: 0 });
    expect(declarationFact({ kind: 'declaration', conventionId: 7, event: 'RENEWAL', index: 1 })).toEqual({ kind: 'RENEWAL', index: 1 });
    expect(declarationFact({ kind: 'declaration', conventionId: 7, event: 'RUPTURE', index: null })).toBeNull();
  });
});
