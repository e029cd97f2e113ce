/**
 * Crash recovery of the files the workspace sends (docs/exchange-format.md,
 * « Cycle de vie »). A lot or package row is `prepared` before its file is
 * written; a crash between the two leaves it so. The next export checks the
 * file where it was written (exchange_lots.folder), whatever folder that
 * export writes to: complete there, the lot is finished; verifiably absent or
 * incomplete there, the lot is dropped and its number is free again; not
 * checkable (no folder recorded, folder missing or unreadable), the lot stays
 * `prepared` with why: its number is never given to a second file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PreparedLot } from '../db/repositories/exchanges/outbound';
import { linesChecksum } from './canonical';

/** A schema of the exchange files (schemas.ts), as far as the check needs it. */
interface FileSchema {
  safeParse: (value: unknown) => { success: true; data: { header: { sha256: string }; lines: unknown[] } } | { success: false };
}

export type FileCheck = { state: 'complete' | 'absent' | 'incomplete'; folder: string } | { state: 'unverifiable'; folder: string | null; explanation: string };

/** What the user reads once a lot could not be checked: it keeps its number, and how to settle it. */
const STILL_PREPARED = 'Il reste en préparation et garde son numéro ; ses lignes ne repartent pas tant qu’il n’est pas réglé.';

const samePath = (a: string, b: string) => path.resolve(a) === path.resolve(b);

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'erreur inconnue';
}

function folderUnreadable(folder: string, e: unknown): FileCheck {
  const code = errorCode(e);
  const missing = code === 'ENOENT' || code === 'ENOTDIR';
  const explanation = missing
    ? `son fichier a été écrit dans ${folder}, dossier introuvable (support débranché, partage déconnecté ?) : rebranchez-le puis relancez l’export. ` +
      `${STILL_PREPARED} Si ce dossier n’existe vraiment plus et que le fichier n’a jamais été remis, recréez le dossier vide : le lot sera alors abandonné.`
    : `son fichier a été écrit dans ${folder}, dossier illisible (${code}) : rendez-le lisible puis relancez l’export. ${STILL_PREPARED}`;
  return { state: 'unverifiable', folder, explanation };
}

function readComplete(file: string, lot: PreparedLot, schema: FileSchema): boolean {
  const text = fs.readFileSync(file, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  const parsed = schema.safeParse(value);
  return parsed.success && parsed.data.header.sha256 === lot.sha256 && linesChecksum(parsed.data.lines) === lot.sha256;
}

/** Whether a complete file is in `folder`, without throwing: unreadable folder or file → unverifiable. */
function checkIn(folder: string, lot: PreparedLot, schema: FileSchema): FileCheck {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (e) {
    return folderUnreadable(folder, e);
  }
  if (!names.includes(lot.fileName)) return { state: 'absent', folder };
  const file = path.join(folder, lot.fileName);
  try {
    return { state: readComplete(file, lot, schema) ? 'complete' : 'incomplete', folder };
  } catch (e) {
    return {
      state: 'unverifiable',
      folder,
      explanation: `son fichier ${file} ne peut pas être lu (${errorCode(e)}) : rendez-le lisible puis relancez l’export. ${STILL_PREPARED}`,
    };
  }
}

/**
 * Checks a prepared lot's file where it was written. A lot written before
 * migration 0005 has no folder recorded: a complete file in `currentDir`
 * (the folder of this export) finishes it; otherwise it cannot be checked.
 */
export function checkWrittenFile(lot: PreparedLot, currentDir: string, schema: FileSchema): FileCheck {
  if (lot.folder !== null) return checkIn(lot.folder, lot, schema);
  const here = checkIn(currentDir, lot, schema);
  if (here.state === 'complete') return here;
  return {
    state: 'unverifiable',
    folder: null,
    explanation:
      `aucun dossier n’est enregistré pour son fichier (lot préparé par une version antérieure de l’application) et il n’est pas complet dans ${currentDir} : ` +
      `si vous retrouvez le fichier, copiez-le dans ce dossier puis relancez l’export. ${STILL_PREPARED}`,
  };
}

/**
 * How a finished lot is marked: `ready` if its file is in the screen's outbox
 * (it waits to be downloaded), the hand-over of this export if it is in this
 * export's folder, else `sent` (written with `cae export --to DIR`).
 */
export function finishedStatus(folder: string, current: { outDir: string; handOver: 'ready' | 'sent'; outbox?: string }): 'ready' | 'sent' {
  if (current.outbox !== undefined && samePath(folder, current.outbox)) return 'ready';
  if (samePath(folder, current.outDir)) return current.handOver;
  return 'sent';
}
