/** Bluesky: `/profile/HANDLE` or `/profile/did:…`, with posts and lists. Handles are domain names. */
import { asIs, bare, fail, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const blueskyMatch: PlatformMatcher = {
  id: 'bluesky',
  domains: ['bsky.app'],
  key: ([s0, s1]) => (s0 === 'profile' ? s1 : undefined),
};

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/i;
const DID = /^did:(?:plc|web):[a-z0-9._:%-]{1,2000}$/i;

function profile(id: string | undefined): Parsed {
  if (!id) return fail('no-profile');
  // A bare name typed for Bluesky means the default `.bsky.social` domain.
  const name = DID.test(id) || id.includes('.') ? id : `${id}.bsky.social`;
  if (!DID.test(name) && !DOMAIN.test(name)) return fail('bad-handle', id);
  const key = name.toLowerCase();
  return ok(key, DID.test(key) ? key : `@${key}`, `https://bsky.app/profile/${key}`);
}

export const bluesky: Adapter = {
  match: blueskyMatch,
  parse: ({ segs: [s0, s1] }) => (!s0 ? fail('home') : s0 === 'profile' ? profile(s1) : fail('reserved')),
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const blueskyForms: RuleForm[] = [{ head: '[^/]+/profile/', spell: asIs }];
