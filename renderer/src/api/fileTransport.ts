/**
 * A channel's file: in browser mode streamed by the local server
 * (POST /api/download, the same checks as /api/invoke), so an export of
 * 200,000 conventions is never held whole by it nor turned into base64; in
 * the desktop window, written by the main process where the user chose in the
 * system's « Enregistrer sous » box (`exports.csvToFile`): the page gets what
 * was saved, or nothing when the box was cancelled.
 */
import type { ChannelInput } from '../../../shared/api/contract';
import type { ApiReply } from '../../../shared/api/result';
import { ApiCallError, call, replyValue } from './transport';

/** The channels the local server streams (electron/api/dispatch.ts, FileStreams). */
type StreamedChannel = 'exports.csv';

export type ReceivedFile = { fileName: string; base64: string } | { fileName: string; blob: Blob };

/** A file the desktop app's main process has already written where the user chose: its name and rows. */
export type SavedFile = { savedAs: string; rows: number };

const BROKEN = 'Le fichier est arrivé incomplet (le service local s’est interrompu) : rien n’a été enregistré, relancez l’export.';
const UNREACHABLE = "Le service local ne répond pas. Relancez l'application.";

/** `attachment; filename="conventions-2026-12-05.csv"` → the name. */
function fileNameOf(disposition: string | null): string {
  const name = /filename="([^"]+)"/.exec(disposition ?? '')?.[1];
  if (!name) throw new ApiCallError('INTERNAL', BROKEN);
  return name;
}

export async function callForFile<C extends StreamedChannel>(channel: C, input: ChannelInput<C>): Promise<ReceivedFile | SavedFile | null> {
  if (window.cae) {
    const saved = await call('exports.csvToFile', input);
    return saved.saved ? { savedAs: saved.fileName ?? '', rows: saved.rows } : null;
  }
  let response: Response;
  try {
    response = await fetch('/api/download', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    });
  } catch {
    throw new ApiCallError('INTERNAL', UNREACHABLE);
  }
  // Refused before the first byte: the same reply as any call (a reply without a refusal never comes here).
  if (response.headers.get('Content-Type')?.startsWith('application/json')) {
    replyValue((await response.json()) as ApiReply<unknown>);
    throw new ApiCallError('INTERNAL', BROKEN);
  }
  const fileName = fileNameOf(response.headers.get('Content-Disposition'));
  try {
    return { fileName, blob: await response.blob() };
  } catch {
    throw new ApiCallError('INTERNAL', BROKEN);
  }
}
