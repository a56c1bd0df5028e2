/**
 * Facebook: `/VANITY`, `/N`, `/profile.php?id=N`, `/people/NAME/N`, `/p/NAME-N`, and a post's
 * `story.php`/`permalink.php?…&id=N`. Facebook ignores dots and case in vanity names.
 */
import { param } from '../url-parts';
import { ANY_HOST, bare, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

const numeric = (s: string | undefined): string | undefined => (s && /^\d+$/.test(s) ? s : undefined);

export const facebookMatch: PlatformMatcher = {
  id: 'facebook',
  domains: ['facebook.com', 'fb.com'],
  key: ([s0, s1, s2], p) =>
    /^(?:profile|story|permalink)\.php$/.test(s0 ?? '')
      ? numeric(param(p.query, 'id'))
      : s0 === 'people'
        ? numeric(s2)
        : s0 === 'p'
          ? numeric(s1?.slice(s1.lastIndexOf('-') + 1))
          : s0?.replace(/\./g, ''),
};

const VANITY = /^[a-z0-9.]{5,50}$/i;
const POSTS = ['photo', 'photo.php', 'photos', 'reel', 'reels', 'posts', 'share', 'sharer', 'sharer.php'];
const VIDEOS = ['watch', 'video.php', 'videos'];
const GROUPS = ['groups', 'pages', 'events', 'gaming', 'marketplace'];
const RESERVED = [
  'messages',
  'help',
  'search',
  'me',
  'media',
  'notifications',
  'friends',
  'settings',
  'login',
  'home.php',
  'hashtag',
  'bookmarks',
  'saved',
  'memories',
  'fundraisers',
  'ads',
  'business',
  'policies',
  'privacy',
  'legal',
  'stories',
  'login.php',
  'recover',
  'checkpoint',
  'dialog',
  'l.php',
  'watch',
  'live',
  'feeds',
];

const ids = (key: string): string[] => (/^\d+$/.test(key) ? [key] : []);

function byId(id: string | undefined, name?: string): Parsed {
  if (!id || !/^\d{1,20}$/.test(id)) return fail('no-profile');
  return ok(id, name ? name.replace(/-/g, ' ') : id, `https://www.facebook.com/profile.php?id=${id}`);
}

function byVanity(name: string): Parsed {
  if (/^\d+$/.test(name)) return byId(name);
  if (!VANITY.test(name)) return fail('bad-handle', name);
  const handle = name.toLowerCase();
  return ok(handle.replace(/\./g, ''), handle, `https://www.facebook.com/${handle}`);
}

export const facebook: Adapter = {
  match: facebookMatch,
  parse({ segs: [s0, s1, s2], query }) {
    if (!s0) return fail('home');
    const first = s0.toLowerCase();
    if (/^(?:profile|story|permalink)\.php$/.test(first)) return byId(param(query, 'id'));
    if (first === 'people') return byId(s2, s1);
    if (first === 'p' && s1) return byId(s1.slice(s1.lastIndexOf('-') + 1), s1.slice(0, s1.lastIndexOf('-')));
    if (isOneOf(first, POSTS)) return fail('post');
    if (isOneOf(first, VIDEOS)) return fail('video');
    if (isOneOf(first, GROUPS)) return fail('group');
    if (isOneOf(first, RESERVED) || first.endsWith('.php')) return fail('reserved');
    return byVanity(s0);
  },
  fromHandle: (h) => byVanity(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const facebookForms: RuleForm[] = [
  // The vanity as Facebook writes it (with its dots) and without dots; numeric ids as is.
  {
    head: ANY_HOST,
    spell: (key, handle) => [...new Set([handle && !/^\d+$/.test(key) ? handle : key, key])],
  },
  { head: '[^/]+/(?:people/[^/]+/|p/[^/]*-)', spell: ids },
  {
    head: '[^/]+/(?:profile|story|permalink)\\.php\\?(?:[^#]*&)?id=',
    tail: '(?:[&#].*)?$',
    spell: ids,
  },
];
