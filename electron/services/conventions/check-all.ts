/**
 * Every convention of the workspace checked by the rules, as its page checks
 * it (its current version, with its employee's NIR, seen from `today`): which
 * conventions have an error, which only warnings, and how often each finding
 * occurs. Read in one snapshot, a page of conventions at a time, with
 * progress (issue #16: checking every convention is long work).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { checkConvention, type ConventionDocument } from '../../../shared/rules/index';
import type { Finding, FindingCode } from '../../../shared/rules/checks/finding';
import { isSigned, type ConventionStatus } from '../../../shared/domain/enums';
import { inReadTransaction } from '../../db/connection';
import { countConventionsWithVersion, currentDocumentsAfter, versionDocument } from '../../db/repositories/versions/documents';
import type { ProgressListener } from '../progress';

/** Conventions read and checked between two progress reports. */
const PAGE = 1_000;

interface ConventionFindings {
  number: string;
  status: ConventionStatus;
  errors: FindingCode[];
  warnings: FindingCode[];
}

interface FindingTally {
  code: FindingCode;
  severity: Finding['severity'];
  /** Conventions with this finding at least once. */
  conventions: number;
  /** The article the finding cites (the first convention's). */
  legalRef: string;
}

export interface CheckAllReport {
  today: string;
  checked: number;
  /** Conventions with at least one error or warning, by number. */
  flagged: ConventionFindings[];
  withErrors: number;
  /** Of those, the conventions signed (the aid is committed): a draft's missing fields are work in progress. */
  signedWithErrors: number;
  withWarningsOnly: number;
  /** Most frequent first. */
  tallies: FindingTally[];
}

const distinct = (findings: Finding[], severity: Finding['severity']): FindingCode[] => [
  ...new Set(findings.filter((f) => f.severity === severity).map((f) => f.code)),
];

export function checkAllConventions(db: Database, today: string, onProgress?: ProgressListener): CheckAllReport {
  return inReadTransaction(db, () => {
    const total = countConventionsWithVersion(db);
    const flagged: ConventionFindings[] = [];
    const tallies = new Map<string, FindingTally>();
    let checked = 0;
    let after = 0;
    onProgress?.(0, total);
    for (let page = currentDocumentsAfter(db, after, PAGE); page.length > 0; page = currentDocumentsAfter(db, after, PAGE)) {
      for (const row of page) {
        const findings = checkConvention(versionDocument(db, row.document, row.nir) as ConventionDocument, { today }).findings;
        for (const f of new Map(findings.map((f) => [`${f.severity}|${f.code}`, f])).values()) {
          const key = `${f.severity}|${f.code}`;
          const tally = tallies.get(key) ?? { code: f.code, severity: f.severity, conventions: 0, legalRef: f.legalRef };
          tally.conventions += 1;
          tallies.set(key, tally);
        }
        const errors = distinct(findings, 'error');
        const warnings = distinct(findings, 'warning');
        if (errors.length > 0 || warnings.length > 0) flagged.push({ number: row.number, status: row.status, errors, warnings });
      }
      checked += page.length;
      after = page.at(-1)!.id;
      onProgress?.(checked, total);
    }
    const withErrors = flagged.filter((c) => c.errors.length > 0);
    return {
      today,
      checked,
      flagged,
      withErrors: withErrors.length,
      signedWithErrors: withErrors.filter((c) => isSigned(c.status)).length,
      withWarningsOnly: flagged.length - withErrors.length,
      tallies: [...tallies.values()].sort((a, b) => b.conventions - a.conventions || a.code.localeCompare(b.code)),
    };
  });
}
