/**
 * A CSV export run in a worker thread (issue #16): the thread that asks for
 * it (the app's, answering every other request meanwhile) receives the
 * file's bytes as they are made and the progress; a failure comes back as an
 * AppError with its French message. The worker opens its own read-only
 * connection on the workspace file, with the passphrase in `open` (handed to
 * the worker in memory, never written out nor logged).
 */
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/api/result';
import type { OpenOptions } from '../db/connection';
import type { ProgressListener } from '../services/progress';
import { workerScript } from '../threads/worker-script';
import type { CsvRequest } from './index';

export interface CsvWorkerData {
  /** The workspace database the app has open. */
  file: string;
  /** What openReadConnection needs: the passphrase of an encrypted workspace, where the native binding is. */
  open: Pick<OpenOptions, 'passphrase' | 'projectRoot' | 'packaged'>;
  request: CsvRequest;
  seenFrom: string;
}

export type CsvWorkerMessage =
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; rows: number }
  | { type: 'failed'; code: ErrorCode; message: string };

/** Runs the export; `onChunk` gets the file's bytes in order. Resolves to the rows written (the header line aside). */
export function exportCsvInWorker(job: CsvWorkerData, onChunk: (bytes: Uint8Array) => void, onProgress?: ProgressListener): Promise<number> {
  // Its module: csv-worker, beside this one (out/cli/csv-worker.mjs, out/main/csv-worker.js) or csv-worker.ts through tsx.
  const { script, eval: evaluated } = workerScript(import.meta.url, 'csv-worker');
  const data: CsvWorkerData = {
    file: job.file,
    open: { passphrase: job.open.passphrase, projectRoot: job.open.projectRoot, packaged: job.open.packaged },
    request: job.request,
    seenFrom: job.seenFrom,
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      end();
    };
    const worker = new Worker(script, { workerData: data, eval: evaluated });
    worker.on('message', (message: CsvWorkerMessage) => {
      if (message.type === 'chunk') onChunk(message.bytes);
      else if (message.type === 'progress') onProgress?.(message.done, message.total);
      else if (message.type === 'done') settle(() => resolve(message.rows));
      else settle(() => reject(new AppError(message.code, message.message)));
    });
    worker.on('error', (error) => settle(() => reject(new AppError('INTERNAL', `L'export CSV s'est interrompu : ${error.message}`))));
    worker.on('exit', (code) => settle(() => reject(new AppError('INTERNAL', `L'export CSV s'est arrêté avant la fin (code ${code}).`))));
  });
}
