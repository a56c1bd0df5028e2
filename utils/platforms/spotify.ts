/** Spotify: `open.spotify.com/user/ID`, optionally behind an `/intl-xx/` language prefix. */
import { asIs, bare, checked, fail, ok } from './common';
import type { Adapter, Parsed, PlatformMatcher, RuleForm } from './types';

export const spotifyMatch: PlatformMatcher = {
  id: 'spotify',
  domains: ['spotify.com'],
  key: (segs) => {
    const [a, b] = segs[0]?.startsWith('intl-') ? segs.slice(1) : segs;
    return a === 'user' ? b : undefined;
  },
};

// User ids are case-sensitive (?); we compare them case-insensitively so no form slips through.
const HANDLE = /^[a-z0-9._-]{1,64}$/i;
const ITEMS = ['track', 'album', 'playlist', 'episode', 'show', 'artist'];

function profile(h: string | undefined): Parsed {
  return checked(h, HANDLE, (x) => ok(x.toLowerCase(), x, `https://open.spotify.com/user/${x}`));
}

export const spotify: Adapter = {
  match: spotifyMatch,
  parse({ segs }) {
    const [a, b] = segs[0]?.toLowerCase().startsWith('intl-') ? segs.slice(1) : segs;
    if (!a) return fail('home');
    if (a === 'user') return profile(b);
    return ITEMS.includes(a) ? fail('post') : fail('reserved');
  },
  fromHandle: (h) => profile(bare(h)),
};

/** Network-rule shapes for these profiles (utils/rules.ts); the options page never loads them. */
export const spotifyForms: RuleForm[] = [{ head: '[^/]+/(?:intl-[^/]+/)?user/', spell: asIs }];
