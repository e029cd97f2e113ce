/**
 * Saves a file under its name: a Blob behind an object URL, followed by an
 * `<a download>`. The same in browser mode and in the desktop window.
 */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; release it once the browser is done with it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file received in base64 (a PDF from the documents channels) as a Blob. */
export function base64Blob(base64: string, type = 'application/pdf'): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
