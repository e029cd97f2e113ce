/**
 * The `exports.csv` channel: the list read on a connection of its own, in
 * slices, its progress pushed to the screen (`task.progress`), the reader
 * closed whatever happens.
 */
import type { AppContext } from '../app/context';
import { exportCsvInSlices, type CsvRequest } from '../exports/index';
import { throttledProgress } from '../services/progress';

export async function exportInSlices(ctx: AppContext, request: CsvRequest, seenFrom: string) {
  const reader = ctx.workspaces.openReader();
  try {
    const progress = throttledProgress((done, total) => ctx.emit('task.progress', { task: 'export', done, total }));
    return await exportCsvInSlices(reader, request, { today: ctx.today(), seenFrom }, progress);
  } finally {
    reader.close();
  }
}
