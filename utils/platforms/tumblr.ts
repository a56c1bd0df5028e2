/** Tumblr: every page of `H.tumblr.com`, and `tumblr.com/H/…` or `tumblr.com/blog/view/H`. */
import { asIs, bare, checked, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const tumblrMatch: PlatformMatcher = {
  id: 'tumblr',
  domains: ['tumblr.com'],
  key: (segs, { sub }) =>
    sub && sub !== 'www' ? sub : segs[0] === 'blog' && segs[1] === 'view' ? segs[2] : segs[0],
};

const HANDLE = /^[a-z0-9-]{1,32}$/i;
const RESERVED = [
  'dashboard',
  'explore',
  'search',
  'settings',
  'inbox',
  'likes',
  'following',
  'tagged',
  'login',
  'register',
  'blog',
  'new',
  'docs',
  'help',
  'policy',
  'about',
  'apps',
  'privacy',
  'tips',
  'communities',
  'activity',
];

function profile(h: string | undefined): Parsed {
  return checked(h, HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, key, `https://${key}.tumblr.com/`);
  });
}

export const tumblr: Adapter = {
  match: tumblrMatch,
  parse({ sub, segs: [s0, s1, s2] }) {
    if (sub && sub !== 'www')
      return isOneOf(sub, ['assets', 'api', 'static', 'help']) ? fail('reserved') : profile(sub);
    if (!s0) return fail('home');
    if (s0 === 'blog' && s1 === 'view') return profile(s2);
    return isOneOf(s0, RESERVED) ? fail('reserved') : profile(s0);
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const tumblrForms: RuleForm[] = [
  { head: '', tail: '\\.tumblr\\.com(?:[/?#].*)?$', domains: ['tumblr.com'], spell: asIs },
  { head: '(?:www\\.)?tumblr\\.com/(?:blog/view/)?', domains: ['tumblr.com'], spell: asIs },
];
