/** Threads: `/@H` and `/@H/post/CODE`, on threads.net and threads.com. */
import { asIs, bare, checked, fail, ok } from './common';
import { INSTAGRAM_HANDLE } from './instagram';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const threadsMatch: PlatformMatcher = {
  id: 'threads',
  domains: ['threads.net', 'threads.com'],
  key: ([s0]) => (s0?.[0] === '@' ? s0.slice(1) : undefined),
};

function profile(h: string | undefined): Parsed {
  return checked(h, INSTAGRAM_HANDLE, (x) => {
    const key = x.toLowerCase();
    return ok(key, `@${key}`, `https://www.threads.com/@${key}`);
  });
}

export const threads: Adapter = {
  match: threadsMatch,
  parse({ segs: [s0, s1] }) {
    if (!s0) return fail('home');
    if (s0 === 't' && s1) return fail('post');
    return s0.startsWith('@') ? profile(s0.slice(1)) : fail('reserved');
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const threadsForms: RuleForm[] = [{ head: '[^/]+/@', spell: asIs }];
