/**
 * Does a visited URL belong to a listed profile, or search for a listed name? Bundled into
 * the content script, so it holds no messages, no reserved-word lists and no per-profile
 * loops: a URL is reduced to the few keys it can name, and each key is one hash lookup.
 * Reserved paths need no list here: the link parser never lets one become a key.
 */
import type { PeopleList, PlatformId } from './model';
import { blueskyMatch } from './platforms/bluesky';
import { facebookMatch } from './platforms/facebook';
import { githubMatch } from './platforms/github';
import { instagramMatch } from './platforms/instagram';
import { linkedinMatch } from './platforms/linkedin';
import { mastodonMatch } from './platforms/mastodon';
import { mediumMatch } from './platforms/medium';
import { pinterestMatch } from './platforms/pinterest';
import { redditMatch } from './platforms/reddit';
import { siteKey } from './platforms/site';
import { snapchatMatch } from './platforms/snapchat';
import { spotifyMatch } from './platforms/spotify';
import { substackMatch } from './platforms/substack';
import { telegramMatch } from './platforms/telegram';
import { threadsMatch } from './platforms/threads';
import { tiktokMatch } from './platforms/tiktok';
import { tumblrMatch } from './platforms/tumblr';
import { twitchMatch } from './platforms/twitch';
import type { PlatformMatcher } from './platforms/types';
import { vkMatch } from './platforms/vk';
import { xMatch } from './platforms/x';
import { youtubeMatch } from './platforms/youtube';
import { findName, type NameEntry, nameKey, nameTokens, searchQuery } from './search-names';
import { splitUrl, type UrlParts } from './url-parts';

/** Who a URL belongs to: a listed profile, or a search for a listed name (`platform` is then `site`). */
export interface Match {
  personId: string;
  profileId?: string;
  platform: PlatformId;
  kind: 'profile' | 'search';
  name?: string;
}

/** The list, arranged for constant-time lookups. Build once per list change. */
export interface MatchIndex {
  /** Platform → key or alias (lowercased) → match. */
  profiles: Map<PlatformId, Map<string, Match>>;
  /** First two words of a listed name (see nameKey) → the names starting with them, in list order. */
  names: Map<string, NameEntry<Match>[]>;
  /** Segments in the deepest site rule; -1 when no site rule is listed. */
  siteDepth: number;
  /** Host of each site rule, and it with `www.`, → segments in its deepest rule, so other hosts cost one lookup. */
  siteHosts: Map<string, number>;
}

const BY_DOMAIN = new Map<string, PlatformMatcher>();
for (const m of [
  instagramMatch,
  facebookMatch,
  xMatch,
  tiktokMatch,
  threadsMatch,
  snapchatMatch,
  linkedinMatch,
  blueskyMatch,
  youtubeMatch,
  redditMatch,
  pinterestMatch,
  tumblrMatch,
  twitchMatch,
  telegramMatch,
  githubMatch,
  substackMatch,
  mediumMatch,
  spotifyMatch,
  vkMatch,
]) {
  for (const domain of m.domains) BY_DOMAIN.set(domain, m);
}

/** The platform whose site a domain is (`name.*` entries cover every country domain). */
export function platformOfDomain(domain: string): PlatformMatcher | undefined {
  return BY_DOMAIN.get(domain) ?? BY_DOMAIN.get(`${domain.slice(0, domain.indexOf('.'))}.*`);
}

/** Skips paused profiles. O(n) once. */
export function buildMatchIndex(list: PeopleList): MatchIndex {
  const index: MatchIndex = { profiles: new Map(), names: new Map(), siteDepth: -1, siteHosts: new Map() };
  let order = 0;
  for (const person of list.people) {
    for (const profile of person.profiles) {
      if (profile.paused) continue;
      const match: Match = {
        personId: person.id,
        profileId: profile.id,
        platform: profile.platform,
        kind: 'profile',
      };
      const keys = index.profiles.get(profile.platform) ?? new Map<string, Match>();
      index.profiles.set(profile.platform, keys);
      for (const key of [profile.key, ...(profile.aliases ?? [])]) {
        if (!keys.has(key.toLowerCase())) keys.set(key.toLowerCase(), match);
        if (profile.platform === 'site') addSite(index, key.toLowerCase());
      }
    }
    for (const name of person.names ?? []) {
      const tokens = nameTokens(name);
      if (!tokens[0]) continue;
      const value: Match = { personId: person.id, platform: 'site', kind: 'search', name };
      const key = nameKey(tokens);
      const bucket = index.names.get(key) ?? [];
      bucket.push({ tokens, value, order: order++ });
      index.names.set(key, bucket);
    }
  }
  return index;
}

function addSite(index: MatchIndex, key: string): void {
  const [host = '', ...segs] = key.split('/');
  index.siteDepth = Math.max(index.siteDepth, segs.length);
  // Under both spellings of the host, so a URL's own host is looked up without a new string.
  for (const spelling of [host, `www.${host}`]) {
    index.siteHosts.set(spelling, Math.max(index.siteHosts.get(spelling) ?? 0, segs.length));
  }
}

function lookup(
  keys: Map<string, Match> | undefined,
  found: string | string[] | undefined,
): Match | undefined {
  if (!keys || found === undefined) return undefined;
  if (typeof found === 'string') return keys.get(found);
  for (const key of found) {
    const hit = keys.get(key);
    if (hit) return hit;
  }
  return undefined;
}

function find(p: UrlParts, index: MatchIndex): Match | undefined {
  const { profiles, names, siteHosts } = index;
  const platform = platformOfDomain(p.domain);
  const keys = platform && profiles.get(platform.id);
  let hit = keys && lookup(keys, platform.key(p.segs, p));
  if (!hit && names.size) {
    const query = searchQuery(p);
    hit = query ? findName(query, names) : undefined;
  }
  const fedi = profiles.get('mastodon');
  if (!hit && fedi) hit = lookup(fedi, mastodonMatch.key(p.segs, p));
  // Site rules: the host alone, then each longer run of whole segments.
  const sites = profiles.get('site');
  const siteDepth = hit || !sites ? undefined : siteHosts.get(p.host);
  for (
    let depth = 0;
    !hit && sites && siteDepth !== undefined && depth <= Math.min(siteDepth, p.segs.length);
    depth++
  ) {
    if (depth > 0 && !p.segs[depth - 1]) break;
    hit = sites.get(siteKey(p, depth));
  }
  return hit;
}

/** Never throws; time independent of list size. Matches http(s) URLs incl. fragment forms. */
export function matchUrl(url: string, index: MatchIndex): Match | null {
  try {
    // Platforms read at most three segments; site rules as many as the deepest one listed.
    const p = splitUrl(url, true, Math.max(4, index.siteDepth + 1));
    return (p && find(p, index)) || null;
  } catch {
    return null;
  }
}
