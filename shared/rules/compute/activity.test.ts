import { describe, expect, it } from 'vitest';
import type { ConventionDocument } from '../document/schema';
import { exampleDocument, cavDocument } from '../../../test/helpers/documents';
import { checkActivity, type ActivityMonth } from './activity';
import { activityPlan, periodOfMonth } from './activityPeriods';

const cae = (over: Partial<ConventionDocument> = {}): ConventionDocument => ({ ...exampleDocument('convention-cae'), ...over });

/** A month as typed: hours worked (decimal hours), nothing else unless given. */
const month = (m: string, workedHours: number, extra: Partial<ActivityMonth> = {}): ActivityMonth => ({
  month: m,
  workedHundredths: Math.round(workedHours * 100),
  paidLeaveHundredths: 0,
  sickLeaveHundredths: 0,
  otherAbsenceHundredths: 0,
  unpaidSuspensionDays: 0,
  ...extra,
});

/** A message with its no-break spaces as plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const codes = (r: ReturnType<typeof checkActivity>) => r.findings.map((f) => `${f.severity}:${f.code}:${f.month ?? '-'}`);

describe('periods of the proofs of activity', () => {
  it('formulaire CAE-0515, conditions générales (justificatifs trimestriels) : embauchée le 09/06/2008, le 1er trimestre couvre juin (dès le 09/06), juillet et août ; le dernier va jusqu’à la fin de la convention (08/12/2008), son mois compris', () => {
    const plan = activityPlan(cae());
    expect(plan.periods.map((p) => [p.label, p.start, p.end, p.months.map((m) => m.month)])).toEqual([
      ['1er trimestre', '2008-06-09', '2008-08-31', ['2008-06', '2008-07', '2008-08']],
      ['2e trimestre', '2008-09-01', '2008-12-08', ['2008-09', '2008-10', '2008-11', '2008-12']],
    ]);
    // 20 h × 52 / 12 = 86,67 h a month; June from the 9th: 22/30 of it; 16 weekdays × 20 h / 5 = 64 h.
    const [june, july] = plan.periods[0]!.months;
    expect(june).toMatchObject({ from: '2008-06-09', to: '2008-06-30', days: 22, contractHundredths: 6356, weekdayHundredths: 6400, suspensionDays: 0 });
    expect(july).toMatchObject({ contractHundredths: 8667, weekdayHundredths: 9200 });
    expect(plan.periods[1]!.months.at(-1)).toMatchObject({ from: '2008-12-01', to: '2008-12-08', days: 8 });
    expect(periodOfMonth(plan, '2008-10')?.index).toBe(2);
    expect(periodOfMonth(plan, '2009-01')).toBeUndefined();
  });

  it('formulaire CAE-0515, « Nature du contrat de travail » (renouvellement) : les trimestres continuent sur le renouvellement, aux heures qu’il fixe', () => {
    const plan = activityPlan(cae({ renewals: [{ from: '2008-12-09', to: '2009-06-08', weeklyHours: 24 }] }));
    expect(plan.periods.map((p) => [p.start, p.end])).toEqual([
      ['2008-06-09', '2008-08-31'],
      ['2008-09-01', '2008-11-30'],
      ['2008-12-01', '2009-02-28'],
      ['2009-03-01', '2009-06-08'],
    ]);
    // December: 8 days at 20 h, 23 at 24 h: (8 × 20 + 23 × 24) × 52 / 12 / 31 = 99,53 h.
    expect(plan.periods[2]!.months[0]).toMatchObject({ month: '2008-12', contractHundredths: 9953 });
  });

  it('R. 831-5 (décret 2004, art. 8 III) : un CAE-DOM en CDI pour un bénéficiaire du RMI a un justificatif avant chaque versement : fin des 3e, 12e et 24e mois, puis fin du contrat (30e mois)', () => {
    const plan = activityPlan(exampleDocument('convention-cae-dom'));
    expect(plan.periods.map((p) => [p.label, p.start, p.end])).toEqual([
      ['Versement de la fin du 3e mois', '2004-05-03', '2004-07-31'],
      ['Versement de la fin du 12e mois', '2004-08-01', '2005-04-30'],
      ['Versement de la fin du 24e mois', '2005-05-01', '2006-04-30'],
      ['Versement de la fin du contrat', '2006-05-01', '2006-11-02'],
    ]);
    // The illness of February 2005, without pay, is 28 days of unpaid suspension.
    expect(periodOfMonth(plan, '2005-02')?.months.find((m) => m.month === '2005-02')?.suspensionDays).toBe(28);
  });

  it('a convention without hiring date or end has no period yet', () => {
    expect(activityPlan({ schema: 'cae.convention/1', measure: 'CAE' }).periods).toEqual([]);
  });
});

describe('check of a quarter against the contract', () => {
  const plan = activityPlan(cae());
  const q1 = plan.periods[0]!;

  it('formulaire CAE-0515, conditions générales (justificatifs trimestriels) : un trimestre saisi aux heures du contrat (63,56 h, 86,67 h, 86,67 h) n’a aucun constat et peut partir', () => {
    const r = checkActivity(plan, q1, [month('2008-06', 63.56), month('2008-07', 86.67), month('2008-08', 86.67)], { today: '2008-09-10' });
    expect(r.findings).toEqual([]);
    expect(r.sendable).toBe(true);
    expect(r.totals).toMatchObject({ workedHundredths: 23690, absenceHundredths: 0, contractHundredths: 23690 });
    // Counted by weekdays instead (16, 23 and 21 days × 4 h): still within the contract.
    expect(checkActivity(plan, q1, [month('2008-06', 64), month('2008-07', 92), month('2008-08', 84)]).findings).toEqual([]);
  });

  it('formulaire CAE-0515, conditions générales (justificatifs trimestriels ; toute modification de la durée hebdomadaire est signalée) : 866,7 h tapées pour juillet au lieu de 86,67 h font une erreur sur le total et un avertissement sur le mois, citant le texte en vigueur au 31/08/2008', () => {
    const r = checkActivity(plan, q1, [month('2008-06', 63.56), month('2008-07', 866.7), month('2008-08', 86.67)]);
    expect(codes(r)).toEqual(['warning:ACTIVITY_MONTH_ABOVE_CONTRACT:2008-07', 'error:ACTIVITY_TOTAL_ABOVE_CONTRACT:-']);
    expect(r.sendable).toBe(false);
    const total = r.findings[1]!;
    expect(plain(total.message)).toContain('1er trimestre : 1 016,93 h travaillées et 0 h d’absence, soit 1 016,93 h, pour 236,9 h au contrat');
    expect(plain(total.message)).toContain('242,67 h au plus en comptant les jours ouvrés');
    expect(total.message).toContain('demandez un avenant');
    expect(total.legalRef).toContain('002_d93b7135d023d406.txt — conditions générales, « Aides de l’État » (justificatifs trimestriels)');
    expect(total.legalRef).toContain('L5134-20');
    expect(plain(r.findings[0]!.message)).toContain('Juillet 2008 : 866,7 h travaillées ou d’absence, pour 92 h au plus au contrat (20 h par semaine)');
  });

  it('formulaire CAE-0515, conditions générales (justificatifs trimestriels) : des heures ni travaillées ni déclarées en absence font un avertissement, pas une erreur ; déclarées en congés, elles n’en font plus', () => {
    const short = checkActivity(plan, q1, [month('2008-06', 63.56), month('2008-07', 70), month('2008-08', 86.67)]);
    expect(codes(short)).toEqual(['warning:ACTIVITY_TOTAL_BELOW_CONTRACT:-']);
    expect(short.sendable).toBe(true);
    expect(plain(short.findings[0]!.message)).toContain('pour 234,23 h au moins au contrat : 14 h ne sont ni travaillées ni déclarées en absence');
    const declared = checkActivity(plan, q1, [month('2008-06', 63.56), month('2008-07', 70, { paidLeaveHundredths: 1667 }), month('2008-08', 86.67)]);
    expect(declared.findings).toEqual([]);
  });

  it('formulaire CAE-0515, conditions générales (justificatifs trimestriels) : chaque mois du trimestre est saisi, aucun autre, et seulement une fois écoulé', () => {
    const r = checkActivity(plan, q1, [month('2008-06', 63.56), month('2008-08', 86.67), month('2008-09', 86.67)], { today: '2008-08-20' });
    expect(codes(r)).toEqual(['error:ACTIVITY_MONTH_OUTSIDE_PERIOD:2008-09', 'error:ACTIVITY_MONTH_MISSING:2008-07', 'error:ACTIVITY_MONTH_NOT_OVER:2008-08']);
    expect(r.findings[1]!.message).toBe(
      'Juillet 2008 n’est pas saisi : indiquez les heures travaillées, les absences et les jours de suspension non rémunérée de ce mois (0 s’il n’y en a pas).',
    );
    expect(r.findings[0]!.message).toContain('n’appartient pas à la période « 1er trimestre » (du 09/06/2008 au 31/08/2008)');
  });

  it('formulaire CAE-0515, conditions générales (suspension sans maintien de la rémunération) : les jours de suspension non rémunérée déclarés sont ceux que la convention enregistre, et sont retirés des heures dues', () => {
    const suspended = activityPlan(cae({ events: [{ kind: 'SUSPENSION', from: '2008-07-07', to: '2008-07-18', reason: 'OTHER', paid: false }] }));
    const q = suspended.periods[0]!;
    expect(q.months[1]!.suspensionDays).toBe(12);
    const undeclared = checkActivity(suspended, q, [month('2008-06', 63.56), month('2008-07', 53.12), month('2008-08', 86.67)]);
    // Without the 12 days, July's hours fall short of the contract too.
    expect(codes(undeclared)).toEqual(['error:ACTIVITY_SUSPENSION_MISMATCH:2008-07', 'warning:ACTIVITY_TOTAL_BELOW_CONTRACT:-']);
    expect(undeclared.findings[0]!.message).toContain('comptent 12 jour(s) ce mois-ci, 0 déclaré(s) : indiquez 12 jour(s)');
    expect(undeclared.findings[0]!.legalRef).toContain('suspension sans maintien de la rémunération');
    // 86,67 h × 19/31 = 53,12 h due in July once the 12 days are out.
    const declared = checkActivity(suspended, q, [month('2008-06', 63.56), month('2008-07', 53.12, { unpaidSuspensionDays: 12 }), month('2008-08', 86.67)]);
    expect(declared.findings).toEqual([]);
    expect(declared.totals.unpaidSuspensionDays).toBe(12);
    // Days the convention does not record: declare the suspension first.
    const extra = checkActivity(plan, q1, [month('2008-06', 63.56), month('2008-07', 53.12, { unpaidSuspensionDays: 12 }), month('2008-08', 86.67)]);
    expect(codes(extra)).toEqual(['error:ACTIVITY_SUSPENSION_MISMATCH:2008-07']);
    expect(extra.findings[0]!.message).toContain('déclarez la suspension');
    const impossible = checkActivity(plan, q1, [month('2008-06', 0, { unpaidSuspensionDays: 30 }), month('2008-07', 86.67), month('2008-08', 86.67)]);
    expect(codes(impossible)).toContain('error:ACTIVITY_SUSPENSION_DAYS_EXCEED:2008-06');
  });

  it('formulaire CAE-0515 (avenant de durée) : un changement de durée hebdomadaire au 16/07/2008 compte chaque jour aux heures en vigueur', () => {
    const changed = activityPlan(cae({ events: [{ kind: 'HOURS_CHANGE', on: '2008-07-16', weeklyHours: 26 }] }));
    // (15 × 20 + 16 × 26) × 52 / 12 / 31 = 100,09 h.
    expect(changed.periods[0]!.months[1]!.contractHundredths).toBe(10009);
    expect(checkActivity(changed, changed.periods[0]!, [month('2008-06', 63.56), month('2008-07', 100.09), month('2008-08', 112.67)]).findings).toEqual([]);
  });

  it('formulaire CAE-0515, conditions générales : un trimestre qui finit avant le 1er mai 2008 cite le formulaire seul, pas L5134-20', () => {
    const early = activityPlan(cae({ signedOn: '2007-06-05', contract: { ...cae().contract, hiredOn: '2007-06-11', plannedEnd: '2007-12-10' } }));
    const r = checkActivity(early, early.periods[0]!, [month('2007-06', 0)]);
    expect(r.findings[0]!.legalRef).toBe('002_d93b7135d023d406.txt — conditions générales, « Aides de l’État » (justificatifs trimestriels)');
  });
});

describe('contrat d’avenir and CAE-DOM', () => {
  it('R. 5134-60 : un contrat d’avenir à horaires variables peut dépasser d’un tiers les heures d’un mois ; sans programme de modulation, non', () => {
    const doc = cavDocument();
    const modulated = activityPlan({ ...doc, contract: { ...doc.contract, hoursProgramme: { periodStart: '2009-04-14', notifiedOn: '2009-03-20' } } });
    const plain = activityPlan(doc);
    expect(modulated.modulated).toBe(true);
    const q = modulated.periods[1]!;
    // 26 h × 52 / 12 = 112,67 h a month (119,6 h by the 23 weekdays of July); a third more: 159,47 h. The quarter keeps its 338 h.
    const typed = [month('2009-07', 140), month('2009-08', 100), month('2009-09', 98)];
    expect(q.months.map((m) => m.month)).toEqual(['2009-07', '2009-08', '2009-09']);
    expect(checkActivity(modulated, q, typed).findings).toEqual([]);
    const r = checkActivity(plain, plain.periods[1]!, typed);
    expect(codes(r)).toEqual(['warning:ACTIVITY_MONTH_ABOVE_CONTRACT:2009-07']);
    expect(r.findings[0]!.legalRef).toContain('R. 5134-60');
  });

  it('R. 5134-49 13° et 14° : un mois manquant du justificatif d’un contrat d’avenir cite les modalités de versement et de contrôle de la convention', () => {
    const plan = activityPlan(cavDocument());
    const r = checkActivity(plan, plan.periods[0]!, []);
    expect(r.findings[0]!.legalRef).toContain('R. 5134-49');
    expect(r.findings[0]!.legalRef).toContain('14° (modalités de contrôle de la convention)');
  });

  it('R. 831-5 et R. 831-9 : le justificatif d’un CAE-DOM déduit la suspension non rémunérée de février 2005 et cite le décret', () => {
    const plan = activityPlan(exampleDocument('convention-cae-dom'));
    const p = plan.periods[1]!;
    const typed = p.months.map((m) =>
      month(m.month, m.month === '2005-02' ? 0 : m.contractHundredths / 100, m.month === '2005-02' ? { unpaidSuspensionDays: 28 } : {}),
    );
    const r = checkActivity(plan, p, typed);
    expect(r.findings).toEqual([]);
    const missing = checkActivity(
      plan,
      p,
      typed.filter((m) => m.month !== '2004-09'),
    );
    expect(missing.findings[0]!.legalRef).toContain('R. 831-5');
    const undeclared = checkActivity(
      plan,
      p,
      typed.map((m) => (m.month === '2005-02' ? { ...m, unpaidSuspensionDays: 0 } : m)),
    );
    expect(undeclared.findings.map((f) => f.code)).toContain('ACTIVITY_SUSPENSION_MISMATCH');
    expect(undeclared.findings.find((f) => f.code === 'ACTIVITY_SUSPENSION_MISMATCH')!.legalRef).toContain('R. 831-9');
  });
});
