/**
 * Small helpers the platform adapters share for parsing pasted links and spelling keys in
 * network rules. Not used by the matcher, so none of this reaches the content script.
 */
import type { Parsed, ParseErrorCode } from './types';

/** A parsed profile. */
export function ok(key: string, handle: string, url: string, aliases?: string[]): Parsed {
  return aliases?.length ? { key, handle, url, aliases } : { key, handle, url };
}

/** A link that names no one, and why. */
export function fail(error: ParseErrorCode, detail?: string): Parsed {
  return detail === undefined ? { error } : { error, detail };
}

/** Accepts `handle` when it fits `shape`, else explains. `make` builds the profile. */
export function checked(handle: string | undefined, shape: RegExp, make: (h: string) => Parsed): Parsed {
  if (!handle) return fail('no-profile');
  return shape.test(handle) ? make(handle) : fail('bad-handle', handle);
}

/** Strips one leading `@` from a typed handle. */
export function bare(text: string): string {
  return text.trim().replace(/^@/, '');
}

/** Whether `seg` is one of `names`, ignoring case. */
export function isOneOf(seg: string | undefined, names: readonly string[]): boolean {
  return seg !== undefined && names.includes(seg.toLowerCase());
}

/** URL text for a key as browsers send it: non-ASCII and unsafe characters percent-encoded. */
export function spellUrl(key: string): string {
  return key.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu, (c) => encodeURIComponent(c));
}

/** Spells every key as itself. */
export const asIs = (key: string): string[] => [spellUrl(key)];

/** Any subdomain: the requestDomains condition already fixed the site. */
export const ANY_HOST = '[^/]+/';
