import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Browser mode: no `window.cae`; the transport reads a meta tag when it loads.
vi.stubGlobal('window', {});
vi.stubGlobal('document', { querySelector: () => null });
const fetchMock = vi.fn<typeof fetch>();
vi.stubGlobal('fetch', fetchMock);
const { callForFile } = await import('./fileTransport');
const { ApiCallError, onSignInRequired } = await import('./transport');

afterAll(() => vi.unstubAllGlobals());
beforeEach(() => fetchMock.mockReset());

const csvHeaders = { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="conventions-2026-12-06.csv"' };
const jsonReply = (reply: unknown) => new Response(JSON.stringify(reply), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

describe('a file streamed by the local server (browser mode)', () => {
  it('asks /api/download for the channel and gives the file under the name the server sent', async () => {
    fetchMock.mockResolvedValue(new Response('Numéro;Mesure\r\n', { headers: csvHeaders }));
    const file = await callForFile('exports.csv', { list: 'conventions', filters: { department: '974' } });
    expect(fetchMock).toHaveBeenCalledWith('/api/download', expect.objectContaining({ method: 'POST', credentials: 'same-origin' }));
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body))).toEqual({
      channel: 'exports.csv',
      input: { list: 'conventions', filters: { department: '974' } },
    });
    expect(file).toMatchObject({ fileName: 'conventions-2026-12-06.csv' });
    expect(file !== null && 'blob' in file && (await file.blob.text())).toBe('Numéro;Mesure\r\n');
  });

  it('throws the French refusal the server answered before any byte', async () => {
    fetchMock.mockResolvedValue(
      jsonReply({ ok: false, error: { code: 'INVALID_INPUT', message: 'Données refusées pour « exports.csv ».', fields: { list: 'liste attendue' } } }),
    );
    const refused = await callForFile('exports.csv', { list: 'conventions' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiCallError);
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', message: 'Données refusées pour « exports.csv ».', fields: { list: 'liste attendue' } });
  });

  it('tells the sign-in screen when the session is over', async () => {
    const told: string[] = [];
    onSignInRequired((message) => told.push(message));
    fetchMock.mockResolvedValue(jsonReply({ ok: false, error: { code: 'SIGN_IN_REQUIRED', message: 'Reconnectez-vous.' } }));
    await expect(callForFile('exports.csv', { list: 'lots' })).rejects.toMatchObject({ code: 'SIGN_IN_REQUIRED' });
    expect(told).toEqual(['Reconnectez-vous.']);
  });

  it('says the file is incomplete, and saves nothing, when the stream breaks after its first bytes', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('Numéro;Mesure\r\n'));
        controller.error(new TypeError('network error'));
      },
    });
    fetchMock.mockResolvedValue(new Response(broken, { headers: csvHeaders }));
    await expect(callForFile('exports.csv', { list: 'conventions' })).rejects.toThrow(/^Le fichier est arrivé incomplet/);
  });

  it('says the service does not answer when the request cannot be made', async () => {
    // A plain function: vitest reports an error thrown by a vi.fn as the test's own.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const failed = await callForFile('exports.csv', { list: 'conventions' }).catch((e: unknown) => e);
    vi.stubGlobal('fetch', fetchMock);
    expect(failed).toMatchObject({ code: 'INTERNAL', message: "Le service local ne répond pas. Relancez l'application." });
  });
});
