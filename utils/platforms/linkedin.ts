/** LinkedIn: `/in/SLUG/…` and a post's `/posts/SLUG_…`, on any country subdomain. */
import { asIs, bare, checked, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const linkedinMatch: PlatformMatcher = {
  id: 'linkedin',
  domains: ['linkedin.com'],
  key: ([s0, s1]) => ((s0 === 'in' || s0 === 'posts') && s1 ? s1.split('_')[0] : undefined),
};

// Custom URLs are 3–100 letters, digits and hyphens; non-Latin ones arrive percent-encoded.
const SLUG = /^[\p{L}\p{N}-]{3,100}$/u;
const GROUPS = ['company', 'school', 'showcase', 'groups'];

function profile(slug: string | undefined): Parsed {
  return checked(slug, SLUG, (x) =>
    ok(x.toLowerCase(), x, `https://www.linkedin.com/in/${encodeURIComponent(x.toLowerCase())}/`),
  );
}

export const linkedin: Adapter = {
  match: linkedinMatch,
  parse({ segs: [s0, s1] }) {
    if (!s0) return fail('home');
    const first = s0.toLowerCase();
    if (first === 'in') return profile(s1);
    if (first === 'posts') return profile(s1?.split('_')[0]);
    if (isOneOf(first, GROUPS)) return fail('group');
    return first === 'feed' && s1 === 'update' ? fail('post') : fail('reserved');
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const linkedinForms: RuleForm[] = [
  { head: '[^/]+/(?:in|posts)/', tail: '(?:[/?#_].*)?$', spell: asIs },
];
