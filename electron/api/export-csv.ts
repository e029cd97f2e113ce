/**
 * The `exports.csv` channel: the export made in a worker thread on a
 * connection of its own to the workspace file (exports/csv-in-worker.ts),
 * the app's thread free to answer other requests meanwhile; its progress
 * pushed to the screen (`task.progress`).
 */
import type { ChannelOutput } from '../../shared/api/contract';
import type { AppContext } from '../app/context';
import { exportCsvInWorker } from '../exports/csv-in-worker';
import { csvFileName, type CsvRequest } from '../exports/index';
import { throttledProgress } from '../services/progress';

export async function exportInWorker(ctx: AppContext, request: CsvRequest, seenFrom: string): Promise<ChannelOutput<'exports.csv'>> {
  const file = ctx.workspaces.ready().name;
  const progress = throttledProgress((done, total) => ctx.emit('task.progress', { task: 'export', done, total }));
  const chunks: Uint8Array[] = [];
  await exportCsvInWorker({ file, open: ctx.workspaces.currentOpenOptions(), request, seenFrom }, (bytes) => chunks.push(bytes), progress);
  return { fileName: csvFileName(request.list, ctx.today()), base64: Buffer.concat(chunks).toString('base64') };
}
