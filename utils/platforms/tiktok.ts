/** TikTok: `/@H`, its videos and photos. The `@` marks every profile path. */
import { asIs, bare, checked, fail, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const tiktokMatch: PlatformMatcher = {
  id: 'tiktok',
  domains: ['tiktok.com'],
  key: ([s0]) => (s0?.[0] === '@' ? s0.slice(1) : undefined),
};

const HANDLE = /^[a-z0-9._]{2,24}$/i;

function profile(h: string | undefined): Parsed {
  return checked(h, HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, `@${key}`, `https://www.tiktok.com/@${key}`);
  });
}

export const tiktok: Adapter = {
  match: tiktokMatch,
  parse({ sub, segs: [s0, s1] }) {
    if (sub === 'vm' || sub === 'vt' || s0 === 't') return fail('short-link');
    if (!s0) return fail('home');
    if (s0.startsWith('@')) return profile(s0.slice(1));
    return s0 === 'video' || (s0 === 'embed' && s1) ? fail('video') : fail('reserved');
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const tiktokForms: RuleForm[] = [{ head: '[^/]+/@', spell: asIs }];
