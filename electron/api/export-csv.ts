/**
 * The `exports.csv` channel: the export made in a worker thread on a
 * connection of its own to the workspace file (exports/csv-in-worker.ts),
 * the app's thread free to answer other requests meanwhile; its progress
 * pushed to the screen (`task.progress`). Answered in base64, streamed to a
 * browser download as the worker makes it, or (`exports.csvToFile`, the
 * desktop window) written by this process where the user chose.
 */
import path from 'node:path';
import type { ChannelOutput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { writeFileAsMade } from '../app/file-as-made';
import { whyNotWritten } from '../app/write-error';
import type { AppContext } from '../app/context';
import { exportCsvInWorker } from '../exports/csv-in-worker';
import { csvFileName, type CsvRequest } from '../exports/index';
import { throttledProgress } from '../services/progress';
import { workspaceToday } from '../services/workspace-day';
import type { FileSink, FileStreams } from './dispatch';

/** The export's bytes handed to `onChunk` as the worker makes them. */
async function exportCsvChunks(ctx: AppContext, request: CsvRequest, onChunk: (bytes: Uint8Array) => void): Promise<number> {
  const db = ctx.workspaces.ready();
  // The day the workspace is seen from (a demo's reference date), which tells the aid not yet due.
  const seenFrom = workspaceToday(db, ctx);
  const progress = throttledProgress((done, total) => ctx.emit('task.progress', { task: 'export', done, total }));
  return exportCsvInWorker({ file: db.name, open: ctx.workspaces.currentOpenOptions(), request, seenFrom }, onChunk, progress);
}

export async function exportInWorker(ctx: AppContext, request: CsvRequest): Promise<ChannelOutput<'exports.csv'>> {
  const chunks: Uint8Array[] = [];
  await exportCsvChunks(ctx, request, (bytes) => chunks.push(bytes));
  return { fileName: csvFileName(request.list, ctx.today()), base64: Buffer.concat(chunks).toString('base64') };
}

/**
 * The desktop window's export (issue #16): the system's « Enregistrer sous »
 * box first (the page never names a path), then the worker's bytes written
 * as they come (writeFileAsMade): the main process never holds the file whole
 * (200,000 conventions, 39 MB, were sent whole over IPC in base64), and a
 * failure leaves no half file.
 */
export async function saveCsvToFile(ctx: AppContext, request: CsvRequest): Promise<ChannelOutput<'exports.csvToFile'>> {
  if (!ctx.chooseSaveFile) {
    throw new AppError(
      'FORBIDDEN',
      'L’enregistrement direct dans un fichier n’existe que dans l’application de bureau : ici, « Exporter (CSV) » télécharge le fichier.',
    );
  }
  ctx.workspaces.ready();
  const chosen = await ctx.chooseSaveFile(csvFileName(request.list, ctx.today()));
  if (chosen === null) return { saved: false, fileName: null, rows: 0 };
  const fileName = path.basename(chosen);
  try {
    const rows = await writeFileAsMade(chosen, (write) => exportCsvChunks(ctx, request, write));
    return { saved: true, fileName, rows };
  } catch (error) {
    if (error instanceof AppError || !(error as NodeJS.ErrnoException).code) throw error;
    throw new AppError('INVALID_INPUT', `Impossible d’écrire ${fileName} : ${whyNotWritten(error)}. Rien n’a été enregistré ; choisissez un autre dossier.`);
  }
}

/**
 * The export streamed: the sink is started with the file's name at the first
 * bytes (the worker has opened the workspace and read its first rows). The
 * sink is called from the worker's messages: what it throws (a broken
 * transport) is kept, nothing more is written, and it is thrown once the
 * worker is done, as the export's failure.
 */
async function streamCsv(ctx: AppContext, request: CsvRequest, sink: FileSink): Promise<void> {
  const fileName = csvFileName(request.list, ctx.today());
  let started = false;
  const broken: { error: unknown }[] = [];
  const write = (bytes: Uint8Array | null) => {
    if (broken.length > 0) return;
    try {
      if (!started) sink.start({ fileName, contentType: 'text/csv; charset=utf-8' });
      started = true;
      if (bytes) sink.write(bytes);
    } catch (error) {
      broken.push({ error });
    }
  };
  await exportCsvChunks(ctx, request, write);
  // A file of no bytes at all still starts (an export always has its header line).
  write(null);
  if (broken[0]) throw broken[0].error;
}

export function createFileStreams(ctx: AppContext): FileStreams {
  return { 'exports.csv': (request, sink) => streamCsv(ctx, request, sink) };
}
