/** Telegram: `t.me/H`, `t.me/s/H`, `t.me/H/POST`, `H.t.me`, and web.telegram.org's `#@H`. */
import { asIs, bare, checked, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const telegramMatch: PlatformMatcher = {
  id: 'telegram',
  domains: ['t.me', 'telegram.me', 'telegram.org'],
  key: ([s0, s1], { domain, sub, hash }) =>
    domain === 'telegram.org'
      ? hash[0] === '@'
        ? hash.slice(1)
        : undefined
      : sub && sub !== 'www'
        ? sub
        : s0 === 's'
          ? s1
          : s0,
};

// At least 5 characters, except short collectible names (4).
const HANDLE = /^[a-z][a-z0-9_]{3,31}$/i;
const RESERVED = [
  'joinchat',
  'addstickers',
  'addemoji',
  'share',
  'proxy',
  'socks',
  'login',
  'c',
  'iv',
  'setlanguage',
  'addtheme',
  'confirmphone',
  'bg',
  'invoice',
  'boost',
  'contact',
  'addlist',
  'm',
  'giftcode',
  'nft',
  'k',
  'a',
];

function profile(h: string | undefined): Parsed {
  return checked(h, HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, `@${key}`, `https://t.me/${key}`);
  });
}

export const telegram: Adapter = {
  match: telegramMatch,
  parse({ domain, sub, segs: [s0, s1], hash }) {
    if (domain === 'telegram.org') return hash.startsWith('@') ? profile(hash.slice(1)) : fail('no-profile');
    if (sub && sub !== 'www') return profile(sub);
    if (!s0) return fail('home');
    if (s0 === 's') return profile(s1);
    if (s0.startsWith('+')) return fail('group');
    return isOneOf(s0, RESERVED) ? fail('reserved') : profile(s0);
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const telegramForms: RuleForm[] = [
  { head: '(?:www\\.)?t(?:elegram)?\\.me/(?:s/)?', domains: ['t.me', 'telegram.me'], spell: asIs },
  { head: '', tail: '\\.t(?:elegram)?\\.me(?:[/?#].*)?$', domains: ['t.me', 'telegram.me'], spell: asIs },
];
