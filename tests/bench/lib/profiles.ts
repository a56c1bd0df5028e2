/**
 * Realistic lists and visited URLs for the matcher and rule benchmarks, from a seeded PRNG
 * (the same seed always gives the same list). Profiles are made the way a person makes
 * them: by pasting a profile link, read by the product's own link parser.
 */
import type { PeopleList, Person, PlatformId, Profile } from '@/utils/model';
import { parseProfileLink, parseSiteRule } from '@/utils/profile-link';

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const SYLLABLES = 'al ex sam jo na mi ka ri lu ta ne ko li ma da vi el on ar is em be ro sa fi'.split(' ');
const FIRST =
  'Alex Sam Jordan Taylor Robin Kim Noah Mia Lena Jonas Sofia Luca Emma Finn Lea Maya Ben Zoe'.split(' ');
const LAST =
  'Smith Müller Garcia Rossi Novak Kowalski Dubois Jensen Silva Nguyen Kaya Schmidt Brown Weber'.split(' ');

/** A lowercase handle every platform accepts: a letter, then letters and digits, 6–14 long. */
function handle(random: () => number): string {
  let text = '';
  while (text.length < 5) text += pick(random, SYLLABLES);
  if (random() < 0.6) text += Math.floor(random() * 10_000);
  return text.slice(0, 14);
}

/** The link a person would paste for a handle, per platform, with the usual share clutter. */
const LINKS: [PlatformId, number, (h: string, random: () => number) => string][] = [
  ['instagram', 25, (h, r) => `https://www.instagram.com/${h}/${r() < 0.5 ? '?igsh=MWx2dGdzcW' : ''}`],
  ['x', 12, (h, r) => `https://${r() < 0.7 ? 'x' : 'twitter'}.com/${h}`],
  [
    'facebook',
    12,
    (h, r) =>
      r() < 0.3
        ? `https://www.facebook.com/profile.php?id=1000${Math.floor(r() * 1e11)}`
        : `https://www.facebook.com/${h}`,
  ],
  ['tiktok', 10, (h) => `https://www.tiktok.com/@${h}?lang=en`],
  ['threads', 5, (h) => `https://www.threads.net/@${h}`],
  ['youtube', 6, (h) => `https://www.youtube.com/@${h}`],
  ['snapchat', 4, (h) => `https://www.snapchat.com/add/${h}`],
  ['linkedin', 4, (h) => `https://www.linkedin.com/in/${h}-${Math.floor(h.length * 7919).toString(16)}/`],
  ['reddit', 3, (h) => `https://www.reddit.com/user/${h}/`],
  ['bluesky', 3, (h) => `https://bsky.app/profile/${h}.bsky.social`],
  ['twitch', 2, (h) => `https://www.twitch.tv/${h}`],
  ['pinterest', 2, (h) => `https://www.pinterest.com/${h}/`],
  ['tumblr', 2, (h) => `https://${h}.tumblr.com/`],
  ['github', 2, (h) => `https://github.com/${h}`],
  ['telegram', 2, (h) => `https://t.me/${h}`],
  ['mastodon', 2, (h) => `https://mastodon.social/@${h}`],
  ['substack', 1, (h) => `https://${h}.substack.com/`],
  ['medium', 1, (h) => `https://medium.com/@${h}`],
  ['spotify', 1, (h) => `https://open.spotify.com/user/${h}`],
  ['vk', 1, (h) => `https://vk.com/${h}`],
  ['site', 1, (h) => `https://blog-${h}.example/about`],
];
const TOTAL_WEIGHT = LINKS.reduce((sum, [, weight]) => sum + weight, 0);

function randomLink(random: () => number): [PlatformId, string] {
  let roll = random() * TOTAL_WEIGHT;
  for (const [platform, weight, make] of LINKS) {
    roll -= weight;
    if (roll < 0) return [platform, make(handle(random), random)];
  }
  throw new Error('unreachable');
}

/** A list of `profiles` profiles over people with 1–3 profiles each; about a quarter list a name. */
export function makeList(profiles: number, seed = 7): PeopleList {
  const random = prng(seed);
  const seen = new Set<string>();
  const people: Person[] = [];
  let made = 0;
  while (made < profiles) {
    const id = `p${people.length}`;
    const first = pick(random, FIRST);
    const person: Person = { id, label: first, note: '', names: [], profiles: [], addedAt: 0 };
    if (random() < 0.25) person.names.push(`${first} ${pick(random, LAST)}`);
    for (let n = 1 + Math.floor(random() * 3); n > 0 && made < profiles; n--) {
      const [platform, link] = randomLink(random);
      const parsed = platform === 'site' ? parseSiteRule(link) : parseProfileLink(link);
      if (!parsed.ok) throw new Error(`The link parser refused ${link}: ${parsed.error.code}`);
      const key = `${parsed.profile.platform} ${parsed.profile.key}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const profile: Profile = {
        ...parsed.profile,
        id: `f${made}`,
        aliases: parsed.aliases,
        paused: false,
        addedAt: 0,
      };
      person.profiles.push(profile);
      made += 1;
    }
    if (person.profiles.length > 0) people.push(person);
  }
  return { people };
}

const UNRELATED = [
  (r: () => number) => `https://news.example/${pick(r, ['world', 'tech', 'sport'])}/${Math.floor(r() * 1e6)}`,
  (r: () => number) =>
    `https://www.google.com/search?q=${pick(r, ['weather', 'pasta+recipe', 'train+times'])}`,
  (r: () => number) => `https://en.wikipedia.org/wiki/${pick(r, SYLLABLES)}${pick(r, SYLLABLES)}`,
  (r: () => number) => `https://shop.example.com/cart?item=${Math.floor(r() * 1e5)}&utm_source=mail`,
  (r: () => number) => `https://mail.example.org/#inbox/${Math.floor(r() * 1e9).toString(36)}`,
];
// Social pages that name no listed profile: other people, feeds, posts.
const UNLISTED = [
  (h: string) => `https://www.instagram.com/${h}/`,
  (h: string) => `https://x.com/${h}/status/17${h.length}3456789`,
  () => 'https://www.facebook.com/',
  (h: string) => `https://www.tiktok.com/@${h}/video/73${h.length}1234`,
  () => 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  () => 'https://www.instagram.com/explore/',
  (h: string) => `https://www.reddit.com/r/${h}/`,
];

/** A listed profile's URL as a visit might spell it: canonical, mobile host, tracking clutter. */
function listedVisit(profile: Profile, random: () => number): string {
  const url = profile.url;
  const roll = random();
  if (roll < 0.3) return url;
  if (roll < 0.55) return url.replace('://www.', '://m.');
  if (roll < 0.8) return `${url}${url.includes('?') ? '&' : '?'}utm_source=ig_share&si=AbC123`;
  return `${url}#top`;
}

/**
 * `count` visited URLs: 40 % unrelated sites, 30 % social pages of nobody listed, 25 % the
 * profiles of `listed`, 5 % web searches for its people's names.
 */
export function makeVisits(listed: PeopleList, count: number, seed = 11): string[] {
  const random = prng(seed);
  const profiles = listed.people.flatMap((p) => p.profiles);
  const names = listed.people.flatMap((p) => p.names);
  return Array.from({ length: count }, () => {
    const roll = random();
    if (roll < 0.4) return pick(random, UNRELATED)(random);
    if (roll < 0.7) return pick(random, UNLISTED)(`zz${handle(random)}`);
    if (roll < 0.95 || names.length === 0) return listedVisit(pick(random, profiles), random);
    return `https://www.google.com/search?q=${encodeURIComponent(pick(random, names)).replace(/%20/g, '+')}`;
  });
}

/**
 * A small list inside a big one: the first profile on each of `platforms`, with its person's
 * names. Visits made from it match the same way against both lists, so timing both on the
 * same visits compares list sizes and nothing else.
 */
export function subsetList(list: PeopleList, platforms: readonly PlatformId[]): PeopleList {
  const people: Person[] = [];
  for (const platform of platforms) {
    const person = list.people.find((p) => p.profiles.some((f) => f.platform === platform));
    const profile = person?.profiles.find((f) => f.platform === platform);
    if (person && profile) people.push({ ...person, profiles: [profile] });
  }
  return { people };
}

/** The ten platforms people list most (the subset the 10-profile list is made of). */
export const TOP_PLATFORMS: readonly PlatformId[] = [
  'instagram',
  'x',
  'facebook',
  'tiktok',
  'youtube',
  'threads',
  'snapchat',
  'linkedin',
  'reddit',
  'bluesky',
];
