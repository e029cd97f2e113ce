/**
 * The demo workspace: realistic fictitious data (made-up people, employers
 * and conventions of 2005–2009), the same for the same seed, so a demo can be
 * shown, tested and benchmarked reproducibly. Written in one transaction.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { LocalDate } from '@js-joda/core';
import { isSigned, type WorkspaceRole } from '../../../shared/domain/enums';
import { findConvention } from '../../db/repositories/conventions/read';
import { inTransaction, openDatabase, type Db, type OpenOptions } from '../../db/connection';
import { writeWithJournalInMemory } from '../../db/journal-in-memory';
import { insertLot, insertLotLine } from '../../db/repositories/exchanges/lots';
import { insertDemoReceivedPayments } from './payments';
import { insertDemoActivity } from './activity';
import { exchangeFileName } from '../../sync/files';
import { stampClosed } from '../../db/clean-close';
import { withIndexesBuiltAfter } from '../../db/indexes-built-after';
import { withSearchBuiltAfter } from '../../db/search-built-after';
import { withMonthlyTotalsBuiltAfter } from '../../db/monthly-totals-built-after';
import { DEMO_REFERENCE_DATE, draftDemo, type DraftedDemo, type DraftOptions } from './draft';
import { draftInWorker } from './draft-in-worker';
import { CONVENTIONS_PER_BATCH } from './draft-protocol';

const DEMO_DEFAULTS = { conventions: 300, seed: 1 } as const;

/** An agency instructs hundreds of conventions; an employer follows a few dozen staff. */
export function demoDefaults(role: WorkspaceRole): { conventions: number; seed: number } {
  return { conventions: role === 'employeur' ? 40 : DEMO_DEFAULTS.conventions, seed: DEMO_DEFAULTS.seed };
}

export { DEMO_REFERENCE_DATE } from './draft';

export interface DemoOptions {
  file: string;
  role: WorkspaceRole;
  conventions: number;
  seed: number;
  openOptions?: OpenOptions;
  /** Called every PROGRESS_STEP conventions written, and once when the workspace is in place (done = total). */
  onProgress?: (done: number, total: number) => void;
  /** Conventions between two progress calls (PROGRESS_STEP by default). */
  progressEvery?: number;
  /** Drafted in a worker thread (true) or in this one (false); by default from DRAFT_IN_WORKER_FROM conventions. */
  draftInWorker?: boolean;
}

/** How often generation reports its progress, in conventions. */
const PROGRESS_STEP = 10_000;

export function generateDemoWorkspace(options: DemoOptions): void {
  // Written beside the target, then renamed: a crash mid-generation leaves no half demo.
  const partial = `${options.file}.partial`;
  fs.rmSync(partial, { force: true });
  fs.rmSync(`${partial}-wal`, { force: true });
  fs.rmSync(`${partial}-shm`, { force: true });
  const db = openDatabase(partial, options.openOptions);
  try {
    // Its rollback journal in memory, no write-ahead log: the partial file is renamed only once whole (journal-in-memory.ts).
    writeWithJournalInMemory(db, partial, () =>
      inTransaction(db, () => {
        // The indexes of the conventions (for the list's sorts and filters), of the people (names, NIR hashes) and of the versions
        // (by employer, renewals), and the search entries, made once at the end (docs/performance.md).
        withIndexesBuiltAfter(db, ['conventions', 'employees', 'convention_versions'], () =>
          withSearchBuiltAfter(db, (searchCatchUp) =>
            withMonthlyTotalsBuiltAfter(db, (totalsCatchUp) =>
              completeDemo(
                db,
                options.role,
                draft(db, options, () => {
                  searchCatchUp();
                  totalsCatchUp();
                }),
              ),
            ),
          ),
        );
      }),
    );
  } finally {
    db.close();
  }
  fs.rmSync(`${options.file}-wal`, { force: true });
  fs.rmSync(`${options.file}-shm`, { force: true });
  fs.renameSync(partial, options.file);
  // Generated whole and synced: its first opening need not read it all again (clean-close.ts).
  stampClosed(options.file);
  options.onProgress?.(options.conventions, options.conventions);
}

/**
 * From this size a demo is drafted in a worker thread while this one writes it (draft-in-worker.ts): below, starting the
 * worker costs about what it saves.
 */
const DRAFT_IN_WORKER_FROM = 5_000;

/**
 * The demo's conventions and what they need, drafted in a worker thread or in this one; progress reported as they are
 * written. Every CONVENTIONS_PER_BATCH conventions written, those get their search entries and their payments' monthly
 * totals (`catchUp`): in a worker's draft, while the worker drafts the next batch; at the same points in either case,
 * so that the index is the same.
 */
function draft(db: Db, options: DemoOptions, catchUp: () => void): DraftedDemo {
  const every = options.progressEvery ?? PROGRESS_STEP;
  let reported = 0;
  const progress = (done: number) => {
    if (done % CONVENTIONS_PER_BATCH === 0 && done < options.conventions) catchUp();
    while (reported + every <= done && reported + every < options.conventions) {
      reported += every;
      options.onProgress?.(reported, options.conventions);
    }
  };
  const draftOptions: DraftOptions = { role: options.role, conventions: options.conventions, seed: options.seed };
  const inWorker = options.draftInWorker ?? options.conventions >= DRAFT_IN_WORKER_FROM;
  return (inWorker ? draftInWorker(db, draftOptions, progress) : null) ?? draftDemo(db, draftOptions, progress);
}

/** After the draft: the reads and writes that need the conventions in the database. */
function completeDemo(db: Db, role: WorkspaceRole, drafted: DraftedDemo): void {
  const stamp = `${DEMO_REFERENCE_DATE}T08:00:00.000Z`;
  // The agency sends its conventions to the payment organisation; an employer's lots carry only its own declarations.
  if (role === 'agence') insertDemoLots(db, drafted.conventionIds);
  // The employer typed the payment notices received, one of them short (the « Aides » screen explains it).
  else {
    insertDemoReceivedPayments(db, DEMO_REFERENCE_DATE, stamp, `${drafted.ownName} (démonstration)`);
    // The quarters declared so far, one forgotten here and there, the latest still to declare.
    insertDemoActivity(db, DEMO_REFERENCE_DATE, `${drafted.ownName} (démonstration)`);
  }
}

/** Monthly lots to the payment organisation: the older ones answered, the last one still waiting. */
function insertDemoLots(db: Db, allIds: number[]): void {
  // Only signed conventions go to the payment organisation (as `cae export` does): never a draft or one still to sign.
  // The first signed ones are enough: reading every convention again to pick them cost seconds at 200,000.
  const perLot = 40;
  const mostLots = 6;
  const conventionIds: number[] = [];
  for (const id of allIds) {
    if (conventionIds.length === mostLots * perLot) break;
    if (isSigned(findConvention(db, id)!.status)) conventionIds.push(id);
  }
  const lots = Math.min(mostLots, Math.ceil(conventionIds.length / perLot));
  const first = LocalDate.parse(DEMO_REFERENCE_DATE).withDayOfMonth(1).minusMonths(lots);
  for (let i = 0; i < lots; i++) {
    const day = first.plusMonths(i + 1).toString();
    const ids = conventionIds.slice(i * perLot, (i + 1) * perLot);
    const fileName = exchangeFileName('outbound-lot', '69012', i + 1, `${day}T08:00:00Z`);
    const lotId = insertLot(db, {
      direction: 'OUT',
      kind: 'outbound-lot',
      emitter: '69012',
      recipient: 'CNASEA',
      sequence: i + 1,
      fileName,
      sha256: createHash('sha256').update(fileName).digest('hex'),
      status: i === lots - 1 ? 'sent' : i === 1 ? 'partly_rejected' : 'accepted',
      createdAt: `${day}T08:00:00.000Z`,
      sentAt: `${day}T08:05:00.000Z`,
      acknowledgedAt:
        i === lots - 1
          ? null
          : `${first
              .plusMonths(i + 1)
              .plusDays(9)
              .toString()}T10:00:00.000Z`,
    });
    ids.forEach((conventionId, n) =>
      // The last lot still waits for its return file: its lines are sent, not yet answered.
      insertLotLine(db, {
        lotId,
        lineNo: n + 1,
        conventionId,
        recordKind: 'CONVENTION',
        status: i === lots - 1 ? 'sent' : i === 1 && n === 3 ? 'rejected' : 'accepted',
      }),
    );
  }
}
