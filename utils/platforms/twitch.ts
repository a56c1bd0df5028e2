/** Twitch: `/H`, its tabs and clips. */
import { ANY_HOST, asIs, bare, checked, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const twitchMatch: PlatformMatcher = { id: 'twitch', domains: ['twitch.tv'], key: ([s0]) => s0 };

// 4–25 characters today; a few older channels have 3.
const HANDLE = /^[a-z0-9_]{3,25}$/i;
const RESERVED = [
  'directory',
  'videos',
  'settings',
  'downloads',
  'search',
  'p',
  'jobs',
  'turbo',
  'subscriptions',
  'inventory',
  'wallet',
  'drops',
  'prime',
  'store',
  'login',
  'signup',
  'friends',
  'messages',
  'payments',
  'broadcast',
  'creatorcamp',
  'team',
  'following',
  'moderator',
  'popout',
  'u',
  'legal',
];

function profile(h: string | undefined): Parsed {
  return checked(h, HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, key, `https://www.twitch.tv/${key}`);
  });
}

export const twitch: Adapter = {
  match: twitchMatch,
  parse({ sub, segs: [s0] }) {
    if (sub === 'clips') return fail('video');
    if (!s0) return fail('home');
    if (s0 === 'videos') return fail('video');
    return isOneOf(s0, RESERVED) ? fail('reserved') : profile(s0);
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const twitchForms: RuleForm[] = [{ head: ANY_HOST, spell: asIs }];
