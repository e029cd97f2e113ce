/**
 * `addAvenant`: a renewal, a change of weekly hours or an employer
 * substitution (form CAE-0515, conditions générales), each a new version
 * holding the full document, its avenant index one above the last. The
 * earlier versions stay as they were signed.
 */
import { formatDateFr } from '../../../shared/format/date';
import { LocalDate } from '@js-joda/core';
import type { ConventionView } from '../../../shared/api/conventions-contract';
import { AppError } from '../../../shared/api/result';
import {
  caeRef,
  cavRef,
  hoursToHundredths,
  monthlyAidFigure,
  siretOf,
  storageProblems,
  weeklyHoursOn,
  type Finding,
  type FindingCode,
} from '../../../shared/rules/index';
import { inTransaction } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit';
import { listJustifications } from '../../db/repositories/conventions/read';
import { insertEvent, putJustification, updateConvention } from '../../db/repositories/conventions/writes';
import { upsertEmployer } from '../../db/repositories/employers';
import { insertVersion } from '../../db/repositories/versions/writes';
import { refreshAidPayments } from '../aid-payments';
import { requiredDocuments, type ChecklistItem } from './checklist';
import { employerRow, eventRow, versionColumns, type Doc, type VersionSpan } from './document';
import { actorOf, check, conventionEndOf, loadConvention, type Loaded, type ServiceContext } from './state';
import { getConvention } from './view';

type Justification = { code: FindingCode; text: string };
type Base = { id: number; signedOn: string; justifications?: Justification[] | undefined };
export type AvenantInput =
  | (Base & {
      kind: 'RENEWAL';
      from: string;
      to: string;
      weeklyHours?: number | undefined;
      aidRatePercent?: string | undefined;
      requestedOn?: string | undefined;
    })
  | (Base & { kind: 'HOURS_CHANGE'; on: string; weeklyHours: number; agencyAcceptedNewAidBasis?: boolean | undefined })
  | (Base & { kind: 'EMPLOYER_SUBSTITUTION'; on: string; employer: NonNullable<Doc['employer']> });

export interface AvenantResult {
  convention: ConventionView;
  avenantIndex: number;
  newMonthlyAidCents: number | null;
  checklist: ChecklistItem[];
}

const FORM = 'form CAE-0515';
const refuse = (message: string): never => {
  throw new AppError('CONFLICT', message);
};

export function addAvenant(sc: ServiceContext, input: AvenantInput): AvenantResult {
  const actor = actorOf(sc);
  const out = inTransaction(sc.db, () => {
    const loaded = loadConvention(sc.db, input.id);
    const { row, current } = loaded;
    if (row.status !== 'signee' && row.status !== 'en_cours') {
      refuse(`Un avenant se conclut sur une convention signée ou en cours : la convention ${row.number} est au statut « ${row.status} ».`);
    }
    if (input.signedOn > sc.today()) refuse(`La date de signature de l’avenant (${formatDateFr(input.signedOn)}) est dans le futur : indiquez la date réelle.`);
    const conventionSigned = loaded.doc.signedOn;
    if (conventionSigned && input.signedOn < conventionSigned)
      refuse(`L’avenant (${formatDateFr(input.signedOn)}) ne peut pas être signé avant la convention (${formatDateFr(conventionSigned)}).`);
    const before = check(sc, loaded.doc);
    const end = conventionEndOf(loaded.doc, before) ?? row.endsOn ?? row.startsOn;
    const planned = build(sc, loaded, input, end);
    const after = check(sc, planned.doc);
    assertNoNewErrors(before.findings, after.findings);
    const inherited = listJustifications(sc.db, row.id).filter((j) => j.versionId === current.id);
    const given = input.justifications ?? [];
    const warnings = new Set<string>(after.findings.filter((f) => f.severity === 'warning').map((f) => f.code));
    const stray = given.filter((j) => !warnings.has(j.code)).map((j) => j.code);
    if (stray.length > 0) refuse(`Aucun avertissement ${stray.join(', ')} sur cet avenant : retirez ces justifications.`);
    const justified = new Set([...inherited.map((j) => j.code), ...given.map((j) => j.code)]);
    const missing = [...warnings].filter((c) => !justified.has(c));
    if (missing.length > 0) refuse(`Justifiez chaque avertissement avant de signer l’avenant (un texte par avertissement) : ${missing.join(', ')}.`);

    const at = sc.now();
    const avenantIndex = current.avenantIndex + 1;
    const filedOn = input.kind === 'RENEWAL' ? (input.requestedOn ?? input.signedOn) : input.signedOn;
    const versionId = insertVersion(sc.db, {
      ...versionColumns(planned.doc, { ...planned.span, signedOn: input.signedOn, filedOn }),
      conventionId: row.id,
      avenantIndex,
      kind: input.kind,
      at,
    });
    // A justification still relevant carries over to the new version, with its author and date.
    for (const j of inherited) if (warnings.has(j.code) && !given.some((g) => g.code === j.code)) putJustification(sc.db, { ...j, versionId });
    for (const j of given) putJustification(sc.db, { versionId, code: j.code, text: j.text, by: actor, at });
    if (planned.event) insertEvent(sc.db, eventRow(row.id, planned.event, at, planned.span.employerId));
    updateConvention(sc.db, {
      id: row.id,
      measure: row.measure,
      employerId: planned.span.employerId,
      employeeId: row.employeeId,
      startsOn: row.startsOn,
      endsOn: conventionEndOf(planned.doc, after),
      at,
    });
    // A renewal, new hours or a new employer: the expected payments follow the new version.
    refreshAidPayments(sc.db, row.id);
    appendAudit(sc.db, {
      at,
      actor,
      action: 'conventions.addAvenant',
      entity: 'convention',
      entityId: row.id,
      details: {
        kind: input.kind,
        avenantIndex,
        ...(input.kind === 'HOURS_CHANGE' ? { agencyAcceptedNewAidBasis: input.agencyAcceptedNewAidBasis === true } : {}),
      },
    });
    return {
      avenantIndex,
      newMonthlyAidCents: planned.newMonthlyAidCents,
      checklist:
        input.kind === 'RENEWAL'
          ? requiredDocuments(row.measure, { kind: 'RENEWAL' }, input.from)
          : // A new weekly duration is reported with its two avenants (CAE and contrat d'avenir, as its deadline; not the CAE-DOM).
            input.kind === 'HOURS_CHANGE' && row.measure !== 'CAE_DOM'
            ? requiredDocuments(row.measure, { kind: 'HOURS_CHANGE' }, input.on)
            : [],
    };
  });
  return { convention: getConvention(sc, input.id), ...out };
}

interface Planned {
  doc: Doc;
  span: Omit<VersionSpan, 'signedOn' | 'filedOn'>;
  event?: NonNullable<Doc['events']>[number];
  newMonthlyAidCents: number | null;
}

function build(sc: ServiceContext, loaded: Loaded, input: AvenantInput, end: string): Planned {
  const { doc, current, row } = loaded;
  // The hours of the current version: those in force on its first day.
  const hours = weeklyHoursOn(doc, current.startsOn);
  const rate = current.aidRateBp === null ? null : (current.aidRateBp / 100).toString();
  const within = (on: string) => {
    const hired = doc.contract?.hiredOn ?? row.startsOn;
    if (on < hired || on > end)
      refuse(`La date d’effet (${formatDateFr(on)}) doit tomber pendant la convention, du ${formatDateFr(hired)} au ${formatDateFr(end)}.`);
  };
  switch (input.kind) {
    case 'RENEWAL': {
      // Renewals follow on from the convention's last day (form CAE-0515: « renouvelée deux fois dans la limite de vingt-quatre mois »).
      const next = LocalDate.parse(end).plusDays(1).toString();
      if (input.from !== next)
        refuse(`Le renouvellement commence le lendemain de la fin de la convention, le ${formatDateFr(next)} (reçu ${formatDateFr(input.from)}).`);
      if (input.to < input.from) refuse(`La fin du renouvellement (${formatDateFr(input.to)}) précède son début (${formatDateFr(input.from)}).`);
      const renewal = {
        from: input.from,
        to: input.to,
        weeklyHours: input.weeklyHours ?? null,
        aidRatePercent: input.aidRatePercent ?? null,
        requestedOn: input.requestedOn ?? null,
      };
      return {
        doc: { ...doc, renewals: [...(doc.renewals ?? []), renewal] },
        span: { startsOn: input.from, endsOn: input.to, aidRatePercent: input.aidRatePercent ?? rate, employerId: current.employerId },
        newMonthlyAidCents: null,
      };
    }
    case 'HOURS_CHANGE': {
      within(input.on);
      if (input.weeklyHours === hours) refuse(`La durée hebdomadaire est déjà de ${hours} h : rien à changer.`);
      if (hours !== undefined && input.weeklyHours > hours && input.agencyAcceptedNewAidBasis !== true) {
        refuse(
          `L’augmentation de la durée hebdomadaire donne lieu à un avenant après que l’agence a accepté que l’aide soit accordée sur la base de la nouvelle durée (${FORM}, conditions générales) : confirmez cet accord (agencyAcceptedNewAidBasis).`,
        );
      }
      const event = { kind: 'HOURS_CHANGE' as const, on: input.on, weeklyHours: input.weeklyHours };
      // A decrease « mentionne le montant de l'aide sur la base de la nouvelle durée » (form CAE-0515).
      const bp = current.aidRateBp;
      const aidRef = row.measure === 'CAV' ? cavRef('aidPayment', input.on) : caeRef('aid', input.on);
      const aid =
        bp !== null && row.measure !== 'CAE_DOM' ? (monthlyAidFigure(bp, hoursToHundredths(input.weeklyHours), input.on, aidRef)?.value ?? null) : null;
      return {
        doc: { ...doc, events: [...(doc.events ?? []), event] },
        span: { startsOn: input.on, endsOn: end, aidRatePercent: rate, employerId: current.employerId },
        event,
        newMonthlyAidCents: aid,
      };
    }
    case 'EMPLOYER_SUBSTITUTION': {
      within(input.on);
      const problems = storageProblems({ ...doc, employer: input.employer }).filter((p) => p.field.startsWith('employer.'));
      if (problems.length > 0) refuse(`Pour substituer l’employeur, renseignez : ${problems.map((p) => p.message).join(' ; ')}.`);
      const siret = siretOf(input.employer.siret);
      if (siret === siretOf(doc.employer?.siret)) refuse('Le nouvel employeur a le même SIRET que l’employeur actuel : ce n’est pas une substitution.');
      // « Le nouvel employeur reprend l'ensemble des droits et des obligations prévus dans la convention » (form CAE-0515).
      const employerId = upsertEmployer(sc.db, employerRow(input.employer, sc.now()));
      const event = { kind: 'EMPLOYER_SUBSTITUTION' as const, on: input.on, newEmployerName: input.employer.name ?? null, newEmployerSiret: siret };
      return {
        doc: { ...doc, employer: input.employer, events: [...(doc.events ?? []), event] },
        span: { startsOn: input.on, endsOn: end, aidRatePercent: rate, employerId },
        event,
        newMonthlyAidCents: null,
      };
    }
  }
}

/** The avenant is signed: it may not bring an error the convention did not have (e.g. TOO_MANY_RENEWALS, TOTAL_DURATION_EXCEEDED). */
function assertNoNewErrors(before: Finding[], after: Finding[]): void {
  const known = new Set(before.filter((f) => f.severity === 'error').map((f) => `${f.code}|${f.field}`));
  const fresh = after.filter((f) => f.severity === 'error' && !known.has(`${f.code}|${f.field}`));
  if (fresh.length > 0) refuse(`Avenant refusé : ${fresh.map((f) => f.message).join(' ')}`);
}
