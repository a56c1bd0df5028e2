/** X (Twitter): `/H` with tabs and posts, `/i/user/N`, `/intent/user?user_id=N`. Ids are keyed `id:N`. */
import { param } from '../url-parts';
import { ANY_HOST, bare, checked, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const xMatch: PlatformMatcher = {
  id: 'x',
  domains: ['x.com', 'twitter.com'],
  key: ([s0, s1, s2], p) => {
    if (s0 === 'i') return s1 === 'user' && s2 ? `id:${s2}` : undefined;
    if (s0 !== 'intent' || (s1 !== 'user' && s1 !== 'follow')) return s0;
    const id = param(p.query, 'user_id');
    return id ? `id:${id}` : undefined;
  },
};

const HANDLE = /^[a-z0-9_]{1,15}$/i;
const RESERVED = [
  'home',
  'explore',
  'search',
  'notifications',
  'messages',
  'i',
  'settings',
  'compose',
  'hashtag',
  'share',
  'tos',
  'privacy',
  'login',
  'logout',
  'signup',
  'intent',
  'jobs',
  'premium',
  'account',
  'bookmarks',
  'communities',
  'topics',
  'about',
  'download',
  'lists',
  'rules',
  'safety',
  'help',
  'en',
  'tweet',
  'x',
];

const ids = (key: string): string[] => (key.startsWith('id:') ? [key.slice(3)] : []);

function byHandle(h: string | undefined, aliases?: string[]): Parsed {
  return checked(h, HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, `@${key}`, `https://x.com/${key}`, aliases);
  });
}

function byId(id: string | undefined): Parsed {
  return id && /^\d{1,20}$/.test(id)
    ? ok(`id:${id}`, `id ${id}`, `https://x.com/i/user/${id}`)
    : fail('no-profile');
}

export const x: Adapter = {
  match: xMatch,
  parse({ segs: [s0, s1, s2], query }) {
    if (!s0) return fail('home');
    const first = s0.toLowerCase();
    if (first === 'i') return s1 === 'user' ? byId(s2) : s1 === 'web' ? fail('post') : fail('reserved');
    if (first === 'intent') {
      const id = param(query, 'user_id');
      const name = param(query, 'screen_name');
      return name ? byHandle(name, id ? [`id:${id}`] : undefined) : byId(id);
    }
    if (isOneOf(first, RESERVED)) return fail('reserved');
    return byHandle(s0);
  },
  fromHandle: (h) => byHandle(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const xForms: RuleForm[] = [
  { head: ANY_HOST, spell: (k) => (k.startsWith('id:') ? [] : [k]) },
  { head: '[^/]+/i/user/', spell: ids },
  {
    head: '[^/]+/intent/(?:user|follow)\\?(?:[^#]*&)?user_id=',
    tail: '(?:[&#].*)?$',
    spell: ids,
  },
];
