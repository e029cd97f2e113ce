/**
 * The employer's yearly report to the staff representatives (« Rapport annuel
 * aux institutions représentatives du personnel », former art. L322-4-7 II):
 * the workspace's signed conventions read through the staff roster and their
 * stored versions, the report built by shared/domain/staff-representatives-report.ts
 * as seen from the workspace's day, printed as a PDF signed by the profile's
 * signatory. The same for the « Personnel » screen and `cae rapport-annuel`.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { PdfFile } from '../../shared/api/documents-contract';
import { AppError } from '../../shared/api/result';
import { isSigned } from '../../shared/domain/enums';
import { buildStaffRepresentativesReport, type ReportConvention, type StaffRepresentativesReport } from '../../shared/domain/staff-representatives-report';
import { formatDateFr } from '../../shared/format/date';
import type { ConventionDocument } from '../../shared/rules/index';
import { employerSignatory, getEmployerProfile, listEstablishments } from '../db/repositories/employer-profile';
import { staffConventions } from '../db/repositories/staff';
import { versionDocument } from '../db/repositories/versions/documents';
import { listVersions } from '../db/repositories/versions/read';
import { getWorkspace } from '../db/repositories/workspace';
import { pdfRenderers } from '../documents/lazy';
import type { ServiceContext } from './conventions/state';

/** The workspace's signed conventions, with their versions (no NIR: the stored documents do not hold it). */
function signedConventions(db: Database, today: string): ReportConvention[] {
  return staffConventions(db, today)
    .filter((r) => isSigned(r.status))
    .map((r) => ({
      number: r.number,
      measure: r.measure,
      status: r.status,
      person: `${r.lastName} ${r.firstNames}`,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      versions: listVersions(db, r.conventionId).map((v) => ({
        avenantIndex: v.avenantIndex,
        kind: v.kind,
        signedOn: v.signedOn,
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        document: versionDocument(db, v.document, null) as ConventionDocument,
      })),
    }));
}

/** The report of `year` seen from `today`, or a French refusal: an agency's workspace, a year to come, a year without a convention executed. */
function staffRepresentativesReport(db: Database, year: number, today: string): { report: StaffRepresentativesReport; conventions: ReportConvention[] } {
  if (getWorkspace(db)?.role !== 'employeur') {
    throw new AppError('CONFLICT', 'Le rapport annuel aux représentants du personnel est celui d’un employeur : cet espace est celui d’une agence.');
  }
  if (`${year}-01-01` > today) {
    throw new AppError('CONFLICT', `Pas de rapport pour ${year} : l’année n’a pas commencé (jour de l’espace : ${formatDateFr(today)}).`);
  }
  const conventions = signedConventions(db, today);
  const report = buildStaffRepresentativesReport({ year, today, conventions });
  if (report.executed.length === 0) {
    const concluded = report.concluded.length > 0 ? ` (${report.concluded.length} conclue(s) en ${year}, embauche l’année suivante)` : '';
    throw new AppError(
      'CONFLICT',
      `Aucune convention signée n’a été exécutée en ${year} dans cet espace${concluded} : il n’y a pas de rapport annuel à présenter pour cette année.`,
    );
  }
  return { report, conventions };
}

/** The establishments the report's conventions name (SIRET and name), and the city of the one that has the most conventions. */
function establishmentsOf(db: Database, report: StaffRepresentativesReport, conventions: readonly ReportConvention[]) {
  const numbers = new Set([...report.concluded, ...report.renewals, ...report.executed].map((l) => l.number));
  const sirets = new Set(
    conventions.filter((c) => numbers.has(c.number)).flatMap((c) => c.versions.map((v) => v.document.employer?.siret ?? '').filter(Boolean)),
  );
  const known = listEstablishments(db).filter((e) => sirets.has(e.siret));
  const place = [...known].sort((a, b) => b.conventions - a.conventions).find((e) => e.city)?.city ?? null;
  return { establishments: known.map((e) => ({ name: e.name, siret: e.siret })), place };
}

/** « Rapport annuel aux institutions représentatives du personnel — année AAAA », as a PDF dated the workspace's day. */
export async function staffRepresentativesReportPdf(sc: ServiceContext, input: { year: number }): Promise<PdfFile> {
  const today = sc.today();
  const { report, conventions } = staffRepresentativesReport(sc.db, input.year, today);
  const { establishments, place } = establishmentsOf(sc.db, report, conventions);
  const { renderStaffRepresentativesReportPdf } = await pdfRenderers();
  const pdf = await renderStaffRepresentativesReportPdf({
    report,
    employerName: getEmployerProfile(sc.db)?.name ?? getWorkspace(sc.db)?.name ?? '',
    establishments,
    signatory: employerSignatory(sc.db),
    place,
    printedOn: today,
  });
  return { fileName: `rapport-representants-du-personnel-${input.year}.pdf`, base64: pdf.toString('base64') };
}
