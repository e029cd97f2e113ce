/**
 * What a person reads says `JJ/MM/AAAA` and `2 531,78 €`, never an ISO date
 * or a bare amount: the rules' messages (findings, lifecycle refusals, the
 * formulas of their traces) over documents made to trigger them, and the
 * text output of every `cae` command. JSON output keeps ISO (not scanned).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cavDocument, exampleDocument } from '../helpers/documents';
import { main } from '../../electron/cli/main';
import { fakeIo } from '../helpers/cli';
import { checkTransition } from '../../shared/domain/lifecycle';
import { checkConvention, type ConventionDocument } from '../../shared/rules/index';
import type { Trace } from '../../shared/rules/compute/trace';
import { readableLegalRef } from '../../shared/rules/parameters/sources';
import { answerLot } from '../counterpart/respond';
import { fixturePath } from '../fixtures/index';
import { useTempDir } from '../helpers/temp-dir';

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
/** Four digits or more with no thousands separator, or a decimal point, before the euro sign. */
const RAW_AMOUNT = /(?:\b\d{4,}(?:[.,]\d{1,2})?|\b\d+\.\d{1,2})[\s\u00a0\u202f]?€/;

function problemsIn(texts: string[]): string[] {
  return texts.filter((t) => ISO_DAY.test(t) || RAW_AMOUNT.test(t));
}

function traceTexts(trace: Trace | undefined): string[] {
  if (!trace) return [];
  return [trace.label, trace.formula, ...trace.parameters.map((p) => readableLegalRef(p.legalRef)), ...(trace.steps ?? []).flatMap(traceTexts)];
}

const cae = () => exampleDocument('convention-cae');
const withContract = (doc: ConventionDocument, contract: Partial<NonNullable<ConventionDocument['contract']>>): ConventionDocument => ({
  ...doc,
  contract: { ...doc.contract!, ...contract },
});

/** Documents that make the rules speak: one or more findings with dates or amounts in each. */
const SPEAKING_DOCUMENTS: [string, ConventionDocument, string?][] = [
  ['hired before signature, request after hiring', { ...withContract(cae(), { hiredOn: '2008-06-03' }), filedOn: '2008-06-04' }],
  ['too short', withContract(cae(), { plannedEnd: '2008-09-01' })],
  [
    'three renewals beyond 24 months',
    {
      ...cae(),
      renewals: [
        { from: '2008-12-09', to: '2009-12-08', weeklyHours: 20, aidRatePercent: '90' },
        { from: '2009-12-09', to: '2010-06-08', weeklyHours: 20, aidRatePercent: '90' },
        { from: '2010-06-09', to: '2010-12-08', weeklyHours: 20, aidRatePercent: '90' },
      ],
    },
  ],
  ['pay below SMIC at 35 h (over 1 000 €)', withContract(cae(), { weeklyHours: 35, monthlyGross: '1000.00' })],
  [
    'pay not raised with the SMIC (1 July 2008) nor with the hours (over 1 000 €)',
    { ...withContract(cae(), { monthlyGross: '747.93' }), events: [{ kind: 'HOURS_CHANGE', on: '2008-10-01', weeklyHours: 35 }] },
  ],
  ['aid rate above the cap', { ...cae(), funding: { ...cae().funding!, aidRatePercent: '120' } }],
  [
    'rupture by the employer reported late, suspension never reported',
    {
      ...cae(),
      events: [
        { kind: 'SUSPENSION', from: '2008-07-01', to: '2008-07-20', reason: 'ILLNESS', paid: false },
        { kind: 'RUPTURE', on: '2008-09-10', initiative: 'EMPLOYER', reason: 'OTHER', reportedOn: '2008-10-01' },
      ],
    },
    '2008-11-01',
  ],
  ['CAE-DOM offer filed after the request', { ...exampleDocument('convention-cae-dom'), jobOfferFiledOn: '2004-04-28' }],
  ['contrat d’avenir too long', withContract(cavDocument(), { plannedEnd: '2012-04-13' })],
  [
    'contrat d’avenir of a disabled worker renewed beyond 36 months',
    {
      ...withContract(cavDocument(), { plannedEnd: '2010-04-13' }),
      employee: { ...cavDocument().employee!, disabledWorker: true },
      renewals: [{ from: '2010-04-14', to: '2013-10-13' }],
    },
  ],
  [
    'employee rupture for another reason',
    { ...cae(), events: [{ kind: 'RUPTURE', on: '2008-09-10', initiative: 'EMPLOYEE', reason: 'OTHER', reportedOn: '2008-09-11' }] },
  ],
  ['contrat d’avenir too short', withContract(cavDocument(), { plannedEnd: '2009-06-13' })],
];

describe('rule messages speak French dates and amounts', () => {
  for (const [name, doc, today] of SPEAKING_DOCUMENTS) {
    it(`findings and trace formulas: ${name}`, () => {
      const result = checkConvention(doc, today ? { today } : {});
      expect(result.findings.length, 'the document must make the rules speak').toBeGreaterThan(0);
      const c = result.computed;
      const texts = [
        ...result.findings.flatMap((f) => [f.message, readableLegalRef(f.legalRef)]),
        ...[c.smicHourly, c.monthlyHours, c.minimumMonthlyGross, c.monthlyAid, c.conventionEnd].flatMap((f) => traceTexts(f?.trace)),
        ...(c.aidPayments ?? []).flatMap((p) => traceTexts(p.trace)),
        ...(c.reportingDeadlines ?? []).flatMap((d) => traceTexts(d.trace)),
        ...traceTexts(c.repaymentDue?.trace),
      ];
      expect(problemsIn(texts)).toEqual([]);
    });
  }

  it('lifecycle refusals (dates in the future, before the last change, before hiring)', () => {
    const refusals = [
      checkTransition(
        { from: 'signee', to: 'en_cours', date: '2008-07-01', actor: 'A. Agent' },
        { today: '2008-06-15', lastChangeOn: '2008-06-05', hiredOn: '2008-06-09' },
      ),
      checkTransition(
        { from: 'signee', to: 'en_cours', date: '2008-06-01', actor: 'A. Agent' },
        { today: '2008-06-15', lastChangeOn: '2008-06-05', hiredOn: '2008-06-09' },
      ),
      checkTransition({ from: 'en_cours', to: 'terminee', date: '2008-10-01', actor: 'A. Agent' }, { today: '2008-10-15', conventionEnd: '2008-12-08' }),
    ].flat();
    expect(refusals.length).toBeGreaterThanOrEqual(3);
    expect(problemsIn(refusals.map((r) => r.message))).toEqual([]);
  });
});

describe('cae text output speaks French dates and amounts', () => {
  const tempDir = useTempDir('cae-fr-');

  it('check, deadline, demo, lots, export, import, csv and print', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const env = { SOURCE_DATE_EPOCH: '1245052800' };
    const outputs: string[] = [];
    const run = async (args: string[]) => {
      const io = { ...fakeIo(dir), env };
      const code = await main(args, io);
      outputs.push(io.out(), io.err());
      return { code, out: io.out() };
    };
    const late = cae();
    late.events = [{ kind: 'RUPTURE', on: '2008-09-10', initiative: 'EMPLOYER', reason: 'OTHER', reportedOn: '2008-10-01' }];
    late.contract = { ...late.contract!, weeklyHours: 35, monthlyGross: '1000.00' };
    fs.writeFileSync(path.join(dir, 'late.json'), JSON.stringify(late));

    expect((await run(['check', fixturePath('convention-cae')])).code).toBe(0);
    expect((await run(['check', fixturePath('convention-cae-dom')])).code).toBe(0);
    expect((await run(['check', 'late.json', '--today', '2008-11-01'])).code).toBe(1);
    expect((await run(['deadline', 'jours-francs', '7', '2008-06-06'])).out).toBe('16/06/2008\n');
    expect((await run(['demo', '--conventions', '30', '--data-dir', 'd'])).code).toBe(0);
    expect((await run(['lots', '--data-dir', 'd', '--alert-days', '1'])).out).toContain('ALERTE');
    const exported = await run(['export', '--to', 'out', '--data-dir', 'd', '--demo']);
    expect(exported.code).toBe(0);
    const lots = fs.readdirSync(path.join(dir, 'out'));
    expect(lots.length).toBeGreaterThan(0);
    const answer = answerLot(fs.readFileSync(path.join(dir, 'out', lots[0]!), 'utf8'), '2009-06-20T09:00:00Z', 50);
    fs.writeFileSync(path.join(dir, answer.fileName), answer.text);
    expect((await run(['import', answer.fileName, '--data-dir', 'd', '--demo', '--dry-run', '--verbose'])).code).toBe(0);
    expect((await run(['import', answer.fileName, '--data-dir', 'd', '--demo'])).code).toBe(0);
    expect((await run(['csv', 'conventions', '--out', 'c.csv', '--data-dir', 'd', '--demo'])).code).toBe(0);
    const number = /(\d{3}-\d{4}-\d{5}-\d+)/.exec(fs.readFileSync(path.join(dir, 'c.csv'), 'utf8'))![1]!;
    expect((await run(['print', number, '--out', 'c.pdf', '--data-dir', 'd', '--demo'])).code).toBe(0);

    const text = outputs.join('\n');
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(text).toMatch(/\d\u202f\d{3},\d{2}\u00a0€/);
    expect(problemsIn(text.split('\n'))).toEqual([]);
  });
});
