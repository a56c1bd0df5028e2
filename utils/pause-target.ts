/**
 * The pause page's address carries the paused URL in its fragment:
 * `<extension>/pause.html#<full original URL>`. Network rules write it (regexSubstitution
 * `${pageUrl}#\0`), the content script and the backstop write the same form. Anyone can
 * open that address, so the fragment is hostile input: only an http(s) URL that still
 * matches the list (utils/pause-resolve.ts) is ever offered, and nothing else is navigated to.
 * Kept free of the matcher, so the pause page does not ship it.
 */
import type { Match } from './match';

/** Longer fragments are refused: real profile URLs are far shorter, and huge input is hostile. */
export const MAX_TARGET_LENGTH = 4096;

/** A paused URL the pause page may offer to continue to, with who it belongs to. */
export interface PauseTarget {
  url: string;
  match: Match;
}

/** The pause page's address for a paused URL. */
export function pausePageUrl(pageUrl: string, target: string): string {
  return `${pageUrl}#${target}`;
}

/**
 * The pause page's address when the paused URL already is the tab's previous entry (the
 * backstop adds the pause page after a navigation that committed): "Go back" must then go
 * back two entries, or it lands on the paused URL again.
 */
export function pausePageAfterUrl(pageUrl: string, target: string): string {
  return `${pageUrl}?back=2#${target}`;
}

/** How many entries "Go back" goes back, from the pause page's query (1 unless the backstop said 2). */
export function backSteps(search: string): 1 | 2 {
  return new URLSearchParams(search).get('back') === '2' ? 2 : 1;
}

/** Whether `url` is one of our own pause page addresses (any fragment). */
export function isPausePageUrl(url: string, pageUrl: string): boolean {
  return url === pageUrl || url.startsWith(`${pageUrl}#`) || url.startsWith(`${pageUrl}?`);
}

/** An absolute http(s) URL without credentials, normalised; null for anything else. */
export function safeHttpUrl(raw: string | undefined | null): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_TARGET_LENGTH) return null;
  // The URL parser silently strips leading/trailing whitespace and control characters;
  // a target that needed that is not one we wrote, so refuse it instead.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  if (/[\u0000-\u0020\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

/** The raw target in a pause page fragment (`location.hash`), without the leading `#`. */
export function targetFromHash(hash: string): string {
  return hash.startsWith('#') ? hash.slice(1) : hash;
}
