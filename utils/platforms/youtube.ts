/** YouTube: `/@H`, `/channel/UC…`, `/c/NAME`, `/user/NAME` and their tabs. Keys keep the path form. */
import { ANY_HOST, asIs, bare, checked, fail, isOneOf, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const youtubeMatch: PlatformMatcher = {
  id: 'youtube',
  domains: ['youtube.com'],
  key: ([s0, s1]) =>
    s0?.[0] === '@'
      ? s0
      : (s0 === 'channel' || s0 === 'c' || s0 === 'user') && s1
        ? `${s0}/${s1}`
        : undefined,
};

const HANDLE = /^[\p{L}\p{N}._-]{3,30}$/u;
const CHANNEL = /^UC[\w-]{22}$/;
const LEGACY = /^[\p{L}\p{N}._-]{1,100}$/u;
const VIDEOS = ['watch', 'shorts', 'embed', 'live', 'v', 'clip'];
const RESERVED = ['results', 'feed', 'playlist', 'hashtag', 'premium', 'account', 'gaming', 'music', 'kids'];

function byHandle(h: string | undefined): Parsed {
  return checked(h, HANDLE, (x) => ok(`@${x.toLowerCase()}`, `@${x}`, `https://www.youtube.com/@${x}`));
}

function byPath(kind: string, name: string | undefined): Parsed {
  return checked(name, kind === 'channel' ? CHANNEL : LEGACY, (x) =>
    ok(
      `${kind}/${x.toLowerCase()}`,
      kind === 'channel' ? x : `${kind}/${x}`,
      `https://www.youtube.com/${kind}/${x}`,
    ),
  );
}

export const youtube: Adapter = {
  match: youtubeMatch,
  linkDomains: ['youtu.be'],
  parse({ domain, segs: [s0, s1] }) {
    if (domain === 'youtu.be') return s0 ? fail('video') : fail('home');
    if (!s0) return fail('home');
    if (s0.startsWith('@')) return byHandle(s0.slice(1));
    const first = s0.toLowerCase();
    if (first === 'channel' || first === 'c' || first === 'user') return byPath(first, s1);
    if (isOneOf(first, VIDEOS)) return fail('video');
    if (first === 'post') return fail('post');
    return isOneOf(first, RESERVED) ? fail('reserved') : fail('no-profile');
  },
  fromHandle: (h) => (CHANNEL.test(h.trim()) ? byPath('channel', h.trim()) : byHandle(bare(h))),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const youtubeForms: RuleForm[] = [{ head: ANY_HOST, domains: ['youtube.com'], spell: asIs }];
