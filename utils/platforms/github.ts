/** GitHub: `github.com/H` and its repositories, `gist.github.com/H`, and `H.github.io`. */
import { ANY_HOST, asIs, bare, checked, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const githubMatch: PlatformMatcher = {
  id: 'github',
  domains: ['github.com', 'github.io'],
  key: ([s0], { domain, sub }) => (domain === 'github.io' ? sub : s0),
};

const HANDLE = /^(?=.{1,39}$)[a-z0-9]+(?:-[a-z0-9]+)*$/i;
// GitHub reserves about 300 names; these are the ones people actually land on.
const RESERVED = [
  'settings',
  'orgs',
  'organizations',
  'marketplace',
  'about',
  'login',
  'logout',
  'join',
  'signup',
  'explore',
  'topics',
  'trending',
  'collections',
  'features',
  'pricing',
  'enterprise',
  'sponsors',
  'notifications',
  'pulls',
  'issues',
  'search',
  'new',
  'codespaces',
  'security',
  'site',
  'customer-stories',
  'readme',
  'team',
  'apps',
  'contact',
  'sessions',
  'dashboard',
  'stars',
  'watching',
  'account',
  'blog',
  'events',
  'mobile',
  'nonprofit',
  'education',
  'github',
  'open-source',
  'resources',
  'solutions',
  'discussions',
  'copilot',
  'home',
  'why-github',
  'premium-support',
  'partners',
  'users',
  'repositories',
  'mine',
  'starred',
  'gist',
];

function profile(h: string | undefined): Parsed {
  return checked(h, HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, key, `https://github.com/${key}`);
  });
}

export const github: Adapter = {
  match: githubMatch,
  parse({ domain, sub, segs: [s0] }) {
    if (domain === 'github.io') return sub && sub !== 'www' ? profile(sub) : fail('home');
    if (!s0) return fail('home');
    return isOneOf(s0, RESERVED) ? fail('reserved') : profile(s0);
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const githubForms: RuleForm[] = [
  { head: ANY_HOST, domains: ['github.com'], spell: asIs },
  { head: '', tail: '\\.github\\.io(?:[/?#].*)?$', domains: ['github.io'], spell: asIs },
];
