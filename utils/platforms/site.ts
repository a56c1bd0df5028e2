/**
 * Any other site: a host plus an optional path prefix, matched on whole segments. Keys are
 * `host/seg/seg`, lowercased and percent-decoded, without `www.`.
 */
import type { UrlParts } from '../url-parts';
import { ok, spellUrl } from './common';
import type { Parsed, RuleForm } from './types';

/** The site key a URL's host and leading segments spell, for `depth` segments. */
export function siteKey(p: UrlParts, depth: number): string {
  // No regex: the matcher calls this for every URL once a site rule is listed.
  const host = p.host.startsWith('www.') ? p.host.slice(4) : p.host;
  return depth === 0 ? host : `${host}/${p.segs.slice(0, depth).join('/')}`;
}

/** A site rule for everything under the URL's path (the user confirmed it). */
export function siteProfile(p: UrlParts): Parsed {
  const segs = p.segs.filter(Boolean);
  const key = siteKey({ ...p, segs }, segs.length).toLowerCase();
  const host = key.split('/')[0] as string;
  const path = key.slice(host.length);
  return ok(key, key, `https://${host}${path.split('/').map(encodeURIComponent).join('/')}`);
}

/** One form: `(www.)?host/path` followed by a segment boundary; requestDomains per chunk. */
export const siteForms: RuleForm[] = [
  { head: '(?:www\\.)?', hostInKey: true, spell: (key) => [spellUrl(key)] },
];
