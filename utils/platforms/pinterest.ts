/** Pinterest: `/U/`, `/U/_saved`, `/U/_created`, `/U/BOARD`, under any country domain. */
import { ANY_HOST, asIs, bare, checked, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const pinterestMatch: PlatformMatcher = {
  id: 'pinterest',
  domains: ['pinterest.*'],
  key: ([s0]) => s0,
};

const HANDLE = /^[a-z0-9_]{3,30}$/i;
const RESERVED = [
  'search',
  'ideas',
  'today',
  'explore',
  'settings',
  'business',
  'login',
  'about',
  '_',
  'categories',
  'topics',
  'news_hub',
  'videos',
  'homefeed',
  'resource',
  'signup',
  'password',
  'notifications',
  'inbox',
  'edit',
  'shopping',
];

function profile(h: string | undefined): Parsed {
  return checked(h, HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, `@${key}`, `https://www.pinterest.com/${key}/`);
  });
}

export const pinterest: Adapter = {
  match: pinterestMatch,
  linkDomains: ['pin.it'],
  parse({ domain, segs: [s0] }) {
    if (domain === 'pin.it') return fail('short-link');
    if (!s0) return fail('home');
    if (isOneOf(s0, ['pin'])) return fail('post');
    return isOneOf(s0, RESERVED) ? fail('reserved') : profile(s0);
  },
  fromHandle: (h) => profile(bare(h)),
  // requestDomains: `pinterest.*` is expanded by the rule compiler to Pinterest's country domains.
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const pinterestForms: RuleForm[] = [{ head: ANY_HOST, spell: asIs }];
