/**
 * Answers browser.i18n.getMessage in unit tests from the real message files, with the
 * same placeholder rules browsers use, so components render the text users see.
 */
import { readLocale } from '../../utils/build/locales';

type Placeholders = Record<string, { content: string }>;

/** Substitutes `$name$` placeholders and `$1`…`$9` the way Chrome and Firefox do. */
export function formatMessage(
  entry: { message: string; placeholders?: unknown } | undefined,
  substitutions?: string | string[],
): string {
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = (entry.placeholders ?? {}) as Placeholders;
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
      const placeholder = placeholders[name.toLowerCase()] ?? placeholders[name];
      return placeholder ? fill(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

/** Installs getMessage (and the UI language) on WXT's fake browser. */
export function installI18n(fake: { i18n: unknown }, locale = 'en'): void {
  const messages = readLocale(locale);
  const i18n = fake.i18n as Record<string, unknown>;
  // Browsers also answer the predefined @@ messages; t() relies on @@extension_id.
  const predefined: Record<string, string> = { '@@extension_id': 'test-extension-id', '@@ui_locale': locale };
  i18n.getMessage = (key: string, substitutions?: string | string[]) =>
    predefined[key] ?? formatMessage(messages[key], substitutions);
  i18n.getUILanguage = () => locale;
}
