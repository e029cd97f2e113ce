/**
 * Saves a file received in base64 (a PDF from the documents channels) under
 * its name: a Blob behind an object URL, followed by an `<a download>`. The
 * same in browser mode and in the desktop window.
 */
export function saveBase64File(fileName: string, base64: string, type = 'application/pdf'): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
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
