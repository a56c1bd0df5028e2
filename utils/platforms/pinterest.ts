/** Pinterest: `/U/`, `/U/_saved`, `/U/_created`, `/U/BOARD`, under any country domain. */
import { ANY_HOST, asIs, bare, checked, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher } from './types';

export const pinterestMatch: PlatformMatcher = {
  id: 'pinterest',
  domains: ['pinterest.*', 'pin.it'],
  key: ([s0]) => s0,
};

/** Pinterest's country domains, for network rules (the matcher accepts any). */
export const PINTEREST_DOMAINS = [
  'pinterest.com',
  'pinterest.ca',
  'pinterest.co.uk',
  'pinterest.de',
  'pinterest.fr',
  'pinterest.es',
  'pinterest.it',
  'pinterest.pt',
  'pinterest.ie',
  'pinterest.at',
  'pinterest.ch',
  'pinterest.nl',
  'pinterest.se',
  'pinterest.dk',
  'pinterest.nz',
  'pinterest.jp',
  'pinterest.kr',
  'pinterest.co.kr',
  'pinterest.com.au',
  'pinterest.com.mx',
  'pinterest.cl',
  'pinterest.ph',
  'pinterest.ru',
  'pinterest.in',
  'pinterest.com.br',
  'pinterest.co.in',
  'pinterest.com.ar',
  'pinterest.co.za',
  'pinterest.com.co',
  'pinterest.pe',
];

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
  parse({ domain, segs: [s0] }) {
    if (domain === 'pin.it') return fail('short-link');
    if (!s0) return fail('home');
    if (isOneOf(s0, ['pin'])) return fail('post');
    return isOneOf(s0, RESERVED) ? fail('reserved') : profile(s0);
  },
  fromHandle: (h) => profile(bare(h)),
  forms: [{ head: ANY_HOST, domains: PINTEREST_DOMAINS, spell: asIs }],
};
