/**
 * Saves a file the page made (a profile, a CSV, a policy) through the browser's own download:
 * a blob URL, never a network request.
 */
export function downloadFile(filename: string, content: string | Uint8Array, type = 'application/json'): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name that is safe on Windows, macOS and Linux, from an organisation's name. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return cleaned || 'organisation';
}
