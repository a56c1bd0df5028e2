/**
 * Saves text the page made (a backup, a Markdown journal) as a file, without any network
 * request or extra permission: a Blob URL on a temporary <a download>.
 */

/** Offers `text` as a download named `filename`. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Firefox starts the download after the click returns; give it a moment before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "breathing-room-2026-01-10", a dated file name in local time. */
export function datedName(prefix: string, at: number, extension: string): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${extension}`;
}
