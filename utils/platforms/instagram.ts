/** Instagram: `/H` with its tabs and posts, and `/stories/H/…` (viewing a story is visible to its owner). */
import { asIs, bare, checked, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const instagramMatch: PlatformMatcher = {
  id: 'instagram',
  domains: ['instagram.com', 'instagr.am'],
  key: ([s0, s1]) => (s0 === 'stories' ? s1 : s0),
};

/** Handles: letters, digits, `.` and `_`, up to 30, case-insensitive. Shared with Threads. */
export const INSTAGRAM_HANDLE = /^[a-z0-9._]{1,30}$/i;
const POSTS = ['p', 'reel', 'reels', 'tv'];
const RESERVED = [
  'explore',
  'stories',
  'accounts',
  'direct',
  's',
  'live',
  'about',
  'legal',
  'developer',
  'web',
  'emails',
  'challenge',
  'api',
  'graphql',
  'privacy',
  'terms',
  'session',
  'login',
  'signup',
  'oauth',
  'ar',
  'create',
  'your_activity',
  'settings',
  'download',
  'nametag',
  'qr',
  'directory',
  'topics',
  'lite',
  '_u',
  '_n',
];

function profile(h: string | undefined): Parsed {
  return checked(h, INSTAGRAM_HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, `@${key}`, `https://www.instagram.com/${key}/`);
  });
}

export const instagram: Adapter = {
  match: instagramMatch,
  parse({ segs: [s0, s1] }) {
    if (!s0) return fail('home');
    if (isOneOf(s0, POSTS)) return fail('post');
    if (isOneOf(s0, ['stories'])) return s1 && s1 !== 'highlights' ? profile(s1) : fail('no-profile');
    if (isOneOf(s0, RESERVED)) return fail('reserved');
    return profile(s0);
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const instagramForms: RuleForm[] = [{ head: '[^/]+/(?:stories/)?', spell: asIs }];
