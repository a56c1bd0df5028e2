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
