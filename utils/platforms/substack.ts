/** Substack: the whole `H.substack.com`, `substack.com/@H`, and `open.substack.com/pub/H/…`. */
import { asIs, bare, checked, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const substackMatch: PlatformMatcher = {
  id: 'substack',
  domains: ['substack.com'],
  key: ([s0, s1], { sub }) =>
    sub && sub !== 'www' && sub !== 'open'
      ? sub
      : s0?.[0] === '@'
        ? s0.slice(1)
        : s0 === 'pub'
          ? s1
          : undefined,
};

const HANDLE = /^[a-z0-9-]{1,63}$/i;
const SERVICE = ['on', 'support', 'cdn', 'api', 'help', 'substackcdn', 'email'];

function profile(h: string | undefined): Parsed {
  return checked(h, HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, key, `https://${key}.substack.com/`);
  });
}

export const substack: Adapter = {
  match: substackMatch,
  parse({ sub, segs: [s0, s1] }) {
    if (sub && sub !== 'www' && sub !== 'open')
      return isOneOf(sub, SERVICE) ? fail('reserved') : profile(sub);
    if (!s0) return fail('home');
    if (s0.startsWith('@')) return profile(s0.slice(1));
    return s0 === 'pub' ? profile(s1) : fail('reserved');
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const substackForms: RuleForm[] = [
  { head: '', tail: '\\.substack\\.com(?:[/?#].*)?$', domains: ['substack.com'], spell: asIs },
  { head: '(?:www\\.|open\\.)?substack\\.com/(?:@|pub/)', domains: ['substack.com'], spell: asIs },
];
