/** Reddit: `/user/N` and `/u/N` with tabs and comments, on any subdomain (www, old, new, np). */
import { asIs, bare, checked, fail, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const redditMatch: PlatformMatcher = {
  id: 'reddit',
  domains: ['reddit.com'],
  key: ([s0, s1]) => (s0 === 'u' || s0 === 'user' ? s1 : undefined),
};

const HANDLE = /^[a-z0-9_-]{3,20}$/i;

function profile(h: string | undefined): Parsed {
  return checked(h, HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, `u/${key}`, `https://www.reddit.com/user/${key}/`);
  });
}

export const reddit: Adapter = {
  match: redditMatch,
  linkDomains: ['redd.it'],
  parse({ domain, segs: [s0, s1] }) {
    if (domain === 'redd.it') return fail('short-link');
    if (!s0) return fail('home');
    const first = s0.toLowerCase();
    if (first === 'u' || first === 'user') return profile(s1);
    if (first === 'r') return fail('group');
    return first === 'comments' ? fail('post') : fail('reserved');
  },
  fromHandle: (h) => profile(bare(h).replace(/^u\//i, '')),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const redditForms: RuleForm[] = [{ head: '[^/]+/u(?:ser)?/', domains: ['reddit.com'], spell: asIs }];
