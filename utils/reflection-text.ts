/**
 * Rules for a reflection's text and mood, and the folding used to search them. Pure, so the
 * forms can check text before saving and the database enforces the same rules.
 */
import { t } from './i18n';

/** The longest reflection, in characters after trimming. */
export const MAX_REFLECTION_CHARS = 10_000;

/** A reflection that cannot be saved; `key` is the i18n message key of a calm explanation. */
export class ReflectionError extends Error {
  constructor(readonly key: string) {
    super(t(key));
    this.name = 'ReflectionError';
  }
}

/** The text to store (trimmed), or a ReflectionError saying what to change. */
export function checkReflectionText(text: unknown): string {
  if (typeof text !== 'string' || text.trim().length === 0) throw new ReflectionError('data_reflectionEmpty');
  const trimmed = text.trim();
  if (trimmed.length > MAX_REFLECTION_CHARS) throw new ReflectionError('data_reflectionTooLong');
  return trimmed;
}

/** The mood to store: a whole number 1–5, or undefined for none. */
export function checkMood(mood: unknown): 1 | 2 | 3 | 4 | 5 | undefined {
  if (mood === undefined || mood === null) return undefined;
  if (typeof mood === 'number' && Number.isInteger(mood) && mood >= 1 && mood <= 5)
    return mood as 1 | 2 | 3 | 4 | 5;
  throw new ReflectionError('data_reflectionBadMood');
}

/** Folds case and diacritics so "cafe" finds "Café" and "STRASSE" finds "Straße". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}
