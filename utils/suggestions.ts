/**
 * The user's "Instead…" suggestions as typed in settings: at most five, each a text and
 * optionally a link. Only http(s) links are kept, so the pause page never offers a
 * `javascript:` or `data:` target.
 */
import type { Suggestion } from './model';

/** How many suggestions the pause page shows. */
export const MAX_SUGGESTIONS = 5;
/** Longest suggestion text kept. */
export const MAX_SUGGESTION_LENGTH = 200;

/** A suggestion row as edited: both fields free text. */
export interface SuggestionDraft {
  text: string;
  url: string;
}

/** A normalised http(s) URL, or null for anything else. */
export function safeLink(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Turns the edited rows into suggestions. Empty rows are dropped; a row whose link is not
 * http(s) is refused (its index is returned) so nothing is silently lost.
 */
export function cleanSuggestions(drafts: readonly SuggestionDraft[]): {
  suggestions: Suggestion[];
  badLinks: number[];
} {
  const suggestions: Suggestion[] = [];
  const badLinks: number[] = [];
  drafts.slice(0, MAX_SUGGESTIONS).forEach((draft, i) => {
    const text = draft.text.replace(/\s+/g, ' ').trim().slice(0, MAX_SUGGESTION_LENGTH);
    const hasUrl = draft.url.trim() !== '';
    const url = safeLink(draft.url);
    if (hasUrl && !url) badLinks.push(i);
    else if (text || url) suggestions.push(url ? { text: text || url, url } : { text });
  });
  return { suggestions, badLinks };
}
