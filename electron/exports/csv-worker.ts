/**
 * Entry of the worker thread that writes a CSV export (csv-in-worker.ts
 * starts it): its own read-only connection to the workspace file, the file's
 * bytes posted to the thread that started it as they are made, its progress
 * told after each slice. Built beside each bundle (scripts/build-cli.mjs,
 * electron.vite.config.ts); run through tsx from the sources.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/api/result';
import { openExportReader } from '../db/export-reader';
import type { CsvWorkerData, CsvWorkerMessage } from './csv-in-worker';
import { writeListCsv } from './index';

const job = workerData as CsvWorkerData;
const port = parentPort!;
const post = (message: CsvWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** The message of a failure, in French, the passphrase never in it (nor its hex form, as the key is given to SQLite). */
function failure(error: unknown): CsvWorkerMessage {
  const secret = job.open.passphrase;
  const redact = (text: string) => (secret ? text.replaceAll(secret, '…').replaceAll(Buffer.from(secret, 'utf8').toString('hex'), '…') : text);
  if (error instanceof AppError) return { type: 'failed', code: error.code, message: redact(error.message) };
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') {
    return {
      type: 'failed',
      code: 'WRONG_PASSPHRASE',
      message: `L'export CSV n'a pas pu lire la base de données ${job.file} : phrase secrète incorrecte ou fichier endommagé.`,
    };
  }
  if (code === 'SQLITE_CANTOPEN')
    return { type: 'failed', code: 'NOT_FOUND', message: `L'export CSV n'a pas pu ouvrir la base de données ${job.file} : fichier absent ou illisible.` };
  return { type: 'failed', code: 'INTERNAL', message: redact(`L'export CSV a échoué : ${error instanceof Error ? error.message : String(error)}`) };
}

try {
  const encoder = new TextEncoder();
  const db = openExportReader(job.file, job.open);
  try {
    const rows = writeListCsv(
      db,
      job.request,
      job.seenFrom,
      (chunk) => {
        // Its own buffer (not a slice of Node's pool), handed over rather than copied.
        const bytes = encoder.encode(chunk);
        post({ type: 'chunk', bytes }, [bytes.buffer]);
      },
      (done, total) => post({ type: 'progress', done, total }),
    );
    post({ type: 'done', rows });
  } finally {
    db.close();
  }
} catch (error) {
  post(failure(error));
}
