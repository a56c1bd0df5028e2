/** Medium: `medium.com/@H/…` and the whole `H.medium.com`. Publications (`medium.com/NAME`) are not people. */
import { asIs, bare, checked, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const mediumMatch: PlatformMatcher = {
  id: 'medium',
  domains: ['medium.com'],
  key: ([s0], { sub }) => (sub && sub !== 'www' ? sub : s0?.[0] === '@' ? s0.slice(1) : undefined),
};

const HANDLE = /^[a-z0-9._-]{1,30}$/i;
const SERVICE = ['help', 'policy', 'blog', 'about', 'cdn', 'miro', 'api', 'design', 'engineering'];

function profile(h: string | undefined): Parsed {
  return checked(h, HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, `@${key}`, `https://medium.com/@${key}`);
  });
}

export const medium: Adapter = {
  match: mediumMatch,
  parse({ sub, segs: [s0] }) {
    if (sub && sub !== 'www') return isOneOf(sub, SERVICE) ? fail('reserved') : profile(sub);
    if (!s0) return fail('home');
    if (s0.startsWith('@')) return profile(s0.slice(1));
    return s0 === 'p' ? fail('post') : fail('no-profile');
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const mediumForms: RuleForm[] = [
  { head: '', tail: '\\.medium\\.com(?:[/?#].*)?$', domains: ['medium.com'], spell: asIs },
  { head: '(?:www\\.)?medium\\.com/@', domains: ['medium.com'], spell: asIs },
];
