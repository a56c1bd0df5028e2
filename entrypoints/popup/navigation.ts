import { browser } from 'wxt/browser';

/** The options page, optionally at a section such as `journal`. */
export function optionsUrl(fragment?: string): string {
  const base = browser.runtime.getURL('/options.html');
  return fragment ? `${base}#${fragment}` : base;
}

/**
 * The journal in options, where every reflection can be read in full and edited. The
 * options page opens sections by fragment (`#journal`), not single entries.
 */
export function journalUrl(): string {
  return optionsUrl('journal');
}

// A real popup closes itself once it opened a page; the same page opened in a tab stays.
async function closeIfPopup(): Promise<void> {
  if (!(await browser.tabs.getCurrent())) window.close();
}

/** Opens (or focuses) the options page, then gets out of the way. */
export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
  await closeIfPopup();
}

/** Opens an options page section in a new tab, then gets out of the way. */
export async function openInOptions(url: string): Promise<void> {
  await browser.tabs.create({ url });
  await closeIfPopup();
}
