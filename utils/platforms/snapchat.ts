/** Snapchat: `/add/H` and `/@H`. */
import { asIs, bare, checked, fail, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const snapchatMatch: PlatformMatcher = {
  id: 'snapchat',
  domains: ['snapchat.com'],
  key: ([s0, s1]) => (s0 === 'add' ? s1 : s0?.[0] === '@' ? s0.slice(1) : undefined),
};

// 3–15 characters, starting with a letter (?): Snapchat's own rule, looser in old accounts.
const HANDLE = /^[a-z][a-z0-9._-]{1,14}$/i;

function profile(h: string | undefined): Parsed {
  return checked(h, HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, `@${key}`, `https://www.snapchat.com/add/${key}`);
  });
}

export const snapchat: Adapter = {
  match: snapchatMatch,
  parse({ segs: [s0, s1] }) {
    if (!s0) return fail('home');
    if (s0 === 'add') return profile(s1);
    if (s0.startsWith('@')) return profile(s0.slice(1));
    return s0 === 'spotlight' || s0 === 't' ? fail('post') : fail('reserved');
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const snapchatForms: RuleForm[] = [{ head: '[^/]+/(?:add/|@)', spell: asIs }];
