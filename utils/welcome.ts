/**
 * Onboarding on first install: the options page opens at its welcome step, where the user
 * lists whom they want space from, sets the start date and the countdown.
 */
import { browser } from 'wxt/browser';

/** The page a new install opens (options.html knows the #welcome fragment). */
export const WELCOME_PATH = '/options.html#welcome';

/** Opens the welcome page for a fresh install only (not on updates); resolves with whether it did. */
export async function welcomeOnInstall(details: { reason: string }): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  return true;
}
