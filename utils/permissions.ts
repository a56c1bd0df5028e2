/**
 * Host access for what the user adds beyond the built-in social sites: their own sites
 * (site-and-path rules, Mastodon instances) and search engines for paused names. The only
 * file that calls browser.permissions. `request*` must be called straight from a click
 * handler, before any await, or browsers refuse for lack of a user gesture.
 */
import { browser } from 'wxt/browser';
import { SEARCH_ENGINE_HOST_PATTERNS, SOCIAL_DOMAINS, SOCIAL_HOST_PATTERNS } from './hosts';
import type { ProfileRef } from './model';

function hostOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

function isBuiltIn(host: string): boolean {
  return SOCIAL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Match patterns a profile needs beyond the built-in hosts (none for the known sites). */
export function originsFor(profile: Pick<ProfileRef, 'url'>): string[] {
  const host = hostOf(profile.url);
  if (!host || isBuiltIn(host)) return [];
  return [`*://*.${host.replace(/^www\./, '')}/*`];
}

/** Asks for host access; resolves true when granted (or nothing was needed). */
export async function requestOrigins(origins: string[]): Promise<boolean> {
  if (origins.length === 0) return true;
  try {
    return await browser.permissions.request({ origins });
  } catch {
    // Some browsers throw instead of answering false (e.g. when not in a user gesture).
    return false;
  }
}

/** Whether host access is already granted for all of `origins`. */
export async function hasOrigins(origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return true;
  try {
    return await browser.permissions.contains({ origins: [...origins] });
  } catch {
    return false;
  }
}

/** Whether the built-in social sites may be paused (Firefox MV3 makes this opt-in). */
export function hasSocialAccess(): Promise<boolean> {
  return hasOrigins(SOCIAL_HOST_PATTERNS);
}

/** Asks for the built-in social sites; call from a click handler. */
export function requestSocialAccess(): Promise<boolean> {
  return requestOrigins([...SOCIAL_HOST_PATTERNS]);
}

/** Whether searches for paused names can be paused. */
export function hasSearchAccess(): Promise<boolean> {
  return hasOrigins(SEARCH_ENGINE_HOST_PATTERNS);
}

/** Asks for the search engines; call from a click handler. */
export function requestSearchAccess(): Promise<boolean> {
  return requestOrigins([...SEARCH_ENGINE_HOST_PATTERNS]);
}
