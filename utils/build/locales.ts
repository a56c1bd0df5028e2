/**
 * Build-time only: merges the per-feature message files in utils/i18n/<locale>/*.json
 * into the `_locales/<locale>/messages.json` files browsers read. Keeping one file per
 * feature lets features change their text without touching each other's files.
 * Fails the build when a locale lacks a key English has, so no screen shows a raw key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Messages = Record<string, { message: string; description?: string; placeholders?: unknown }>;

const I18N_DIR = resolve(import.meta.dirname, '..', 'i18n');

/** Reads and merges every message file of one locale. */
export function readLocale(locale: string): Messages {
  const dir = join(I18N_DIR, locale);
  const merged: Messages = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const messages = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Messages;
    for (const [key, value] of Object.entries(messages)) {
      if (key in merged) throw new Error(`i18n: key "${key}" is defined twice in ${locale} (${file})`);
      merged[key] = value;
    }
  }
  return merged;
}

/** Lists the locales that have a folder in utils/i18n. */
export function listLocales(): string[] {
  return readdirSync(I18N_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The generated `_locales` files, checked for missing keys against English. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  const english = readLocale('en');
  return listLocales().map((locale) => {
    const messages = readLocale(locale);
    const missing = Object.keys(english).filter((key) => !(key in messages));
    if (missing.length > 0) {
      throw new Error(
        `i18n: locale "${locale}" lacks ${missing.length} keys: ${missing.slice(0, 10).join(', ')}`,
      );
    }
    return { relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages) };
  });
}
