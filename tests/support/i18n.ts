/**
 * Answers browser.i18n.getMessage in unit tests from the real message files, with the
 * same placeholder rules browsers use, so components render the text users see.
 */
import { readLocale } from '../../utils/build/locales';
// The placeholder rules browsers use, as t() applies them to the packaged files.
import { formatMessage, type MessageTable } from '../../utils/i18n-packaged';

/** Installs getMessage (and the UI language) on WXT's fake browser. */
export function installI18n(fake: { i18n: unknown }, locale = 'en'): void {
  const messages = readLocale(locale);
  const i18n = fake.i18n as Record<string, unknown>;
  // Browsers also answer the predefined @@ messages; t() relies on @@extension_id.
  const predefined: Record<string, string> = { '@@extension_id': 'test-extension-id', '@@ui_locale': locale };
  i18n.getMessage = (key: string, substitutions?: string | string[]) =>
    predefined[key] ?? formatMessage(messages[key] as MessageTable[string], substitutions);
  i18n.getUILanguage = () => locale;
}
