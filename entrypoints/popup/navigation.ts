import { browser } from 'wxt/browser';

/** The options page, optionally at a section such as `journal/<id>`. */
export function optionsUrl(fragment?: string): string {
  const base = browser.runtime.getURL('/options.html');
  return fragment ? `${base}#${fragment}` : base;
}

/** The journal entry of a reflection, in options. */
export function journalUrl(id?: string): string {
  return optionsUrl(id ? `journal/${encodeURIComponent(id)}` : 'journal');
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
