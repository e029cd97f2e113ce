import { describe, expect, it } from 'vitest';
import type { Finding } from '../rules/checks/finding';
import { CONVENTION_STATUSES, type ConventionStatus } from './enums';
import { checkTransition, isTransitionAllowed, TRANSITIONS, type TransitionFacts, type TransitionRequest } from './lifecycle';

const today = '2008-07-01';
const req = (from: ConventionStatus, to: ConventionStatus, extra: Partial<TransitionRequest> = {}): TransitionRequest => ({
  from,
  to,
  date: '2008-06-05',
  actor: 'Agent ALE',
  reason: null,
  ...extra,
});
const codes = (r: TransitionRequest, facts: Partial<TransitionFacts> = {}) => checkTransition(r, { today, ...facts }).map((e) => e.code);

const warning = (code: Finding['code']): Finding => ({ code, severity: 'warning', field: 'x', message: 'm', legalRef: 'r' });
const error = (code: Finding['code']): Finding => ({ code, severity: 'error', field: 'x', message: `Erreur ${code}.`, legalRef: 'r' });

describe('convention lifecycle', () => {
  const allowed: [ConventionStatus, ConventionStatus][] = [
    ['brouillon', 'a_signer'],
    ['a_signer', 'signee'],
    ['a_signer', 'brouillon'],
    ['signee', 'en_cours'],
    ['signee', 'resiliee'],
    ['signee', 'denoncee'],
    ['en_cours', 'terminee'],
    ['en_cours', 'resiliee'],
    ['en_cours', 'denoncee'],
  ];

  it('allows exactly the transitions of the table', () => {
    for (const from of CONVENTION_STATUSES) {
      for (const to of CONVENTION_STATUSES) {
        expect(isTransitionAllowed(from, to), `${from} → ${to}`).toBe(allowed.some(([a, b]) => a === from && b === to));
      }
    }
    expect(TRANSITIONS.terminee).toEqual([]);
  });

  it.each(CONVENTION_STATUSES.flatMap((from) => CONVENTION_STATUSES.filter((to) => !isTransitionAllowed(from, to)).map((to) => [from, to] as const)))(
    'refuses %s → %s in French',
    (from, to) => {
      const errors = checkTransition(req(from, to, { reason: 'motif' }), { today });
      expect(errors.map((e) => e.code)).toEqual(['TRANSITION_NOT_ALLOWED']);
      expect(errors[0]!.message).toMatch(/ne peut (plus|pas)/);
    },
  );

  it('needs a real date, not in the future, not before the last change', () => {
    expect(codes(req('brouillon', 'a_signer', { date: '2008-02-30' }))).toEqual(['DATE_INVALID']);
    expect(codes(req('brouillon', 'a_signer', { date: '2008-07-02' }))).toEqual(['DATE_IN_FUTURE']);
    expect(codes(req('brouillon', 'a_signer'), { lastChangeOn: '2008-06-06' })).toEqual(['DATE_BEFORE_LAST_CHANGE']);
    expect(codes(req('brouillon', 'a_signer'), { lastChangeOn: '2008-06-05' })).toEqual([]);
  });

  it('needs an actor for every change', () => {
    expect(codes(req('brouillon', 'a_signer', { actor: '  ' }))).toEqual(['ACTOR_MISSING']);
  });

  it('needs a reason to send a draft back, for a résiliation and for a dénonciation', () => {
    expect(codes(req('a_signer', 'brouillon'))).toEqual(['REASON_MISSING']);
    expect(codes(req('a_signer', 'brouillon', { reason: 'SIRET à corriger' }))).toEqual([]);
    expect(codes(req('en_cours', 'resiliee', { reason: ' ' }))).toEqual(['REASON_MISSING']);
    expect(codes(req('en_cours', 'resiliee', { reason: 'Rupture du contrat' }))).toEqual([]);
    const denunciation = { intentOn: '2008-05-20', observationsDeadline: '2008-05-27' };
    expect(codes(req('en_cours', 'denoncee'), { denunciation })).toEqual(['REASON_MISSING']);
    expect(codes(req('brouillon', 'a_signer'))).toEqual([]);
  });

  describe('signature', () => {
    it('is blocked while the rules find an error', () => {
      const errors = checkTransition(req('a_signer', 'signee'), { today, findings: [error('SIRET_INVALID')] });
      expect(errors.map((e) => e.code)).toEqual(['FINDINGS_BLOCK_SIGNATURE']);
      expect(errors[0]!.message).toContain('Erreur SIRET_INVALID.');
    });

    it('needs one justification per warning code; info findings need none', () => {
      const findings = [
        warning('WEEKLY_HOURS_TOO_LOW'),
        warning('WEEKLY_HOURS_TOO_LOW'),
        warning('NIR_MISMATCH'),
        { ...warning('ALLOWANCE_PRIORITY'), severity: 'info' as const },
      ];
      expect(codes(req('a_signer', 'signee'), { findings })).toEqual(['WARNING_NOT_JUSTIFIED']);
      expect(codes(req('a_signer', 'signee'), { findings, justifiedCodes: new Set(['WEEKLY_HOURS_TOO_LOW']) })).toEqual(['WARNING_NOT_JUSTIFIED']);
      expect(codes(req('a_signer', 'signee'), { findings, justifiedCodes: new Set(['WEEKLY_HOURS_TOO_LOW', 'NIR_MISMATCH']) })).toEqual([]);
    });

    it('« L’embauche ne peut avoir lieu avant la signature » (form CAE-0515, conditions générales)', () => {
      const errors = checkTransition(req('a_signer', 'signee', { date: '2008-06-10' }), { today, hiredOn: '2008-06-09' });
      expect(errors.map((e) => e.code)).toEqual(['HIRED_BEFORE_SIGNATURE']);
      expect(errors[0]!.legalRef).toContain('002_d93b7135d023d406.txt');
      expect(codes(req('a_signer', 'signee', { date: '2008-06-09' }), { hiredOn: '2008-06-09' })).toEqual([]);
    });
  });

  it('starts (en cours) at the hiring date, not before (R. 5134-44: effect from hiring)', () => {
    expect(codes(req('signee', 'en_cours', { date: '2008-06-08' }), { hiredOn: '2008-06-09' })).toEqual(['NOT_STARTED']);
    expect(codes(req('signee', 'en_cours', { date: '2008-06-09' }), { hiredOn: '2008-06-09' })).toEqual([]);
  });

  it('ends (terminée) only after the last day, renewals included', () => {
    const facts = { today: '2009-01-31', conventionEnd: '2008-12-08' };
    expect(codes(req('en_cours', 'terminee', { date: '2008-12-08' }), facts)).toEqual(['NOT_ENDED']);
    expect(codes(req('en_cours', 'terminee', { date: '2008-12-09' }), facts)).toEqual([]);
  });

  it('denounces only after the notice of intent and the 7 days for observations (R. 5134-51)', () => {
    const reason = 'Actions de formation non réalisées';
    expect(codes(req('en_cours', 'denoncee', { reason }))).toEqual(['DENUNCIATION_PROCEDURE']);
    const denunciation = { intentOn: '2008-05-20', observationsDeadline: '2008-05-27' };
    expect(codes(req('en_cours', 'denoncee', { reason, date: '2008-05-27' }), { denunciation })).toEqual(['DENUNCIATION_PROCEDURE']);
    expect(codes(req('en_cours', 'denoncee', { reason, date: '2008-05-28' }), { denunciation })).toEqual([]);
    // Observations received early: the decision may follow them.
    expect(codes(req('en_cours', 'denoncee', { reason, date: '2008-05-23' }), { denunciation: { ...denunciation, observationsOn: '2008-05-22' } })).toEqual([]);
  });
});
