import { browser } from 'wxt/browser';
import {
  formatMessage,
  localeFolders,
  type MessageTable,
  readMessageTable,
  readPackagedFile,
} from './i18n-packaged';

/**
 * Every user-facing string goes through here, so each screen is translatable.
 * Keys live in utils/i18n/<locale>/<feature>.json; tests/utils/i18n.test.ts checks that
 * every key used in the source exists in every locale.
 */
export function t(key: string, substitutions?: string | string[]): string {
  // getMessage returns '' for an unknown key; show the key so the gap is visible, never blank.
  // WXT types keys from public/_locales; ours are generated at build time from utils/i18n.
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
  return getMessage(key, substitutions) || packagedMessage(key, substitutions, getMessage) || key;
}

let packaged: MessageTable | undefined;

/**
 * The message from the extension's own files, when Chromium left this page's process with an
 * empty message table (see utils/i18n-packaged.ts). A loaded table always holds
 * `@@extension_id`, so a key merely missing from it costs one more lookup and no file read.
 */
function packagedMessage(
  key: string,
  substitutions: string | string[] | undefined,
  getMessage: (name: string) => string,
): string {
  if (getMessage('@@extension_id')) return '';
  packaged ??= readMessageTable(
    localeFolders(browser.i18n.getUILanguage(), browser.runtime.getManifest().default_locale ?? 'en'),
    readPackagedFile,
  );
  return formatMessage(packaged[key], substitutions);
}

/**
 * Fills each element of static HTML that names a message key in `data-msg` with that
 * message, as plain text (never markup). The pause page's shell is written this way, so it
 * can paint before any script runs.
 */
export function translateMarked(root: ParentNode, lookup: (key: string) => string = t): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-msg]')) {
    const key = element.dataset.msg ?? '';
    element.textContent = lookup(key) || key;
  }
}
