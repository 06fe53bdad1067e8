/** How long an object URL handed to a download stays valid. */
const KEEP_URL_MS = 10_000;

/**
 * Hands `file` to the browser as a download named `fileName`, through a temporary object URL.
 * The URL is revoked seconds later, not at once: the browser reads it after the click has
 * returned, and on a busy machine an immediate revoke cancels the download without a word.
 */
export function saveFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
