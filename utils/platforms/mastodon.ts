/**
 * Mastodon (any instance): `/@u`, `/@u/STATUS`, `/users/u`, `/web/@u` on the home instance,
 * and `/@u@home.host/…` on any other instance. Keys are `user@instance`.
 */
import { bare, fail, ok, spellUrl } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const mastodonMatch: PlatformMatcher = {
  id: 'mastodon',
  domains: [],
  key: ([s0, s1], { host }) => {
    const at = s0 === 'web' ? s1 : s0;
    const user = at?.[0] === '@' ? at.slice(1) : s0 === 'users' ? s1 : undefined;
    if (!user) return undefined;
    return user.includes('@') ? user : `${user}@${host.startsWith('www.') ? host.slice(4) : host}`;
  },
};

const USER = /^[a-z0-9_]{1,30}$/i;
const INSTANCE = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/i;

/** A profile from `user@instance` (either part may come from the URL). */
export function mastodonProfile(user: string, instance: string): Parsed {
  if (!USER.test(user)) return fail('bad-handle', user);
  if (!INSTANCE.test(instance)) return fail('no-profile');
  const key = `${user}@${instance}`.toLowerCase();
  const [u, host] = key.split('@') as [string, string];
  return ok(key, `@${key}`, `https://${host}/@${u}`);
}

/** Reads `/@u`, `/@u@other`, `/web/@u` on `host`; null when the path is not a fediverse profile. */
export function parseMastodonPath(host: string, segs: string[]): Parsed | null {
  const at = segs[0] === 'web' ? segs[1] : segs[0];
  if (!at?.startsWith('@') || at.length < 2) return null;
  const [user = '', other] = at.slice(1).split('@');
  return mastodonProfile(user, other ?? host.replace(/^www\./, ''));
}

const LOCAL: RuleForm = {
  head: '(?:www\\.)?',
  hostInKey: true,
  spell: (key) => {
    const [user, host] = key.split('@') as [string, string];
    return [`${host}/@${user}`, `${host}/users/${user}`, `${host}/web/@${user}`].map(spellUrl);
  },
};

export const mastodon: Adapter = {
  match: mastodonMatch,
  parse: ({ host, segs }) => parseMastodonPath(host, segs) ?? fail('no-profile'),
  fromHandle: (text) => {
    const [user = '', host] = bare(text).split('@');
    return host ? mastodonProfile(user, host) : fail('no-profile');
  },
  // The home instance's own forms (requestDomains set per chunk), and the remote form on any host.
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const mastodonForms: RuleForm[] = [
  LOCAL,
  { head: '[^/]+/(?:web/)?@', spell: (key) => [spellUrl(key)] },
];
