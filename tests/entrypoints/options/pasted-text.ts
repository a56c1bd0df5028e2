/**
 * Generated text for the Profile link field: real and near-real links (look-alike hosts,
 * reserved paths, hostile schemes) mixed with arbitrary strings and control characters.
 * Shared by the pure add-flow property test and the component-level sample.
 */
import fc from 'fast-check';

const HOSTS = [
  'instagram.com',
  'www.instagram.com',
  'facebook.com',
  'm.facebook.com',
  'x.com',
  'twitter.com',
  'tiktok.com',
  'www.youtube.com',
  'reddit.com',
  'bsky.app',
  'github.com',
  'mastodon.social',
  'example.com',
  'news.example',
  // Look-alikes: Cyrillic а, Greek ο, digit 0, a suffix that is not the site.
  'instаgram.com',
  'faceboοk.com',
  'instagram.com.evil.test',
  'xn--instgram-5ig.com',
  'inst4gram.com',
];
const PATHS = [
  '',
  '/',
  '/alex',
  '/alex/',
  '/p/Cx1',
  '/explore/',
  '/reel/1',
  '/@alex',
  '/u/alex',
  '/watch?v=1',
];

const URLISH = fc
  .tuple(
    fc.constantFrom('https://', 'http://', '', '//', 'javascript:', 'data:text/html,', 'file:///', 'ftp://'),
    fc.constantFrom(...HOSTS),
    fc.oneof(fc.constantFrom(...PATHS), fc.webPath()),
    fc.oneof(
      fc.constant(''),
      fc.webQueryParameters().map((q) => `?${q}`),
      fc.webFragments().map((f) => `#${f}`),
    ),
  )
  .map(([scheme, host, path, tail]) => `${scheme}${host}${path}${tail}`);

/** Text a person might paste into Profile link, from real links to noise. */
export const PASTED_TEXT = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  URLISH,
  URLISH.map((u) => `  ${u}\n`),
  fc.constantFrom('@alex', 'alex', '@alex@mastodon.social', '   ', '\t\n'),
);
