import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLocale } from '../../utils/build/locales';
import { buildMatchIndex, matchUrl } from '../../utils/match';
import { PLATFORM_IDS, type PlatformId } from '../../utils/model';
import { type LinkResult, parseProfileLink, parseSiteRule, platformName } from '../../utils/profile-link';

const code = (r: LinkResult) => (r.ok ? 'ok' : r.error.code);

describe('parseProfileLink', () => {
  it('reads a link with or without scheme, and drops tracking parameters from the canonical URL', () => {
    for (const text of [
      'instagram.com/alex',
      'www.instagram.com/alex/',
      'https://m.instagram.com/Alex?igsh=MXZ4&utm_source=qr',
      '  https://instagram.com/alex#x  ',
    ]) {
      expect(parseProfileLink(text)).toEqual({
        ok: true,
        profile: {
          platform: 'instagram',
          key: 'alex',
          handle: '@alex',
          url: 'https://www.instagram.com/alex/',
        },
        aliases: [],
      });
    }
  });

  it('reads an @handle for the chosen platform', () => {
    expect(parseProfileLink('@Alex_S', 'x')).toMatchObject({
      ok: true,
      profile: { platform: 'x', key: 'alex_s' },
    });
    expect(parseProfileLink('alex.tok', 'tiktok')).toMatchObject({ ok: true, profile: { key: 'alex.tok' } });
    expect(parseProfileLink('@alex', 'bluesky')).toMatchObject({
      ok: true,
      profile: { key: 'alex.bsky.social' },
    });
  });

  it('asks for the platform when an @handle comes alone', () => {
    expect(parseProfileLink('@alex')).toEqual({
      ok: false,
      error: { code: 'need-platform', messageKey: 'link_needPlatform', substitutions: ['@alex'] },
    });
  });

  it('keeps the other identifier a link carries as an alias', () => {
    const result = parseProfileLink('https://twitter.com/intent/user?screen_name=alex_s&user_id=4242');
    expect(result).toMatchObject({ ok: true, profile: { key: 'alex_s' }, aliases: ['id:4242'] });
  });

  it('explains a post kindly, naming the platform', () => {
    const result = parseProfileLink('https://www.instagram.com/p/C1a2b3/');
    expect(result).toEqual({
      ok: false,
      error: { code: 'post', messageKey: 'link_post', substitutions: ['Instagram'] },
    });
  });

  it('offers an unknown site with its host and path, without adding it', () => {
    expect(parseProfileLink('https://www.example.com/Alex/?utm_source=x')).toEqual({
      ok: false,
      error: { code: 'unknown-site', messageKey: 'link_unknownSite', substitutions: ['example.com/Alex'] },
    });
  });

  it.each([
    ['https://www.google.com/search?q=alex', 'search'],
    ['https://search.yahoo.com/search?p=alex', 'search'],
    ['javascript:alert(1)', 'not-web'],
    ['JAVASCRIPT:alert(1)', 'not-web'],
    ['data:text/html,hi', 'not-web'],
    ['mailto:alex@example.com', 'not-web'],
    ['file:///home/alex', 'not-web'],
    ['chrome://settings', 'not-web'],
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['x'.repeat(100_000), 'too-long'],
    ['instagram.com/al\u0000ex', 'invalid'],
    ['instagram.com/al\u202eex', 'invalid'],
    ['https://exa mple.com/alex', 'invalid'],
    ['http://[::1', 'invalid'],
    ['https://localhost/alex', 'invalid'],
    ['https://instagrаm.com/alex', 'lookalike'],
    ['https://www.fасеbook.com/alex.smith', 'lookalike'],
    ['tіktok.com/@alex', 'lookalike'],
  ])('explains %j as %s', (text, expected) => {
    expect(code(parseProfileLink(text))).toBe(expected);
  });

  it('never takes a look-alike host for the real site', () => {
    const result = parseProfileLink('https://instagrаm.com/alex');
    expect(result).toMatchObject({ ok: false, error: { substitutions: ['Instagram'] } });
  });

  it('has a message in English and German for every error it gives', () => {
    const en = readLocale('en');
    const de = readLocale('de');
    const samples = [
      '',
      'x'.repeat(3000),
      'javascript:1',
      'a b',
      '@alex',
      'https://instagrаm.com/a',
      'instagram.com',
      'instagram.com/p/x',
      'youtube.com/watch?v=1',
      'facebook.com/groups/1',
      'pin.it/x',
      'x.com/home',
      'x.com/i/foo',
      'instagram.com/a-b',
      'google.com/search?q=a',
      'example.com/a',
    ];
    const keys = new Set(
      samples.map((s) => parseProfileLink(s)).flatMap((r) => (r.ok ? [] : [r.error.messageKey])),
    );
    expect(keys.size).toBeGreaterThanOrEqual(14);
    for (const key of keys) {
      expect(en[key]?.message, key).toBeTruthy();
      expect(de[key]?.message, key).toBeTruthy();
    }
  });

  it('never throws, whatever is pasted', () => {
    const pasted = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
      fc.constantFrom('@', '@@', 'https://', '//', ':', 'http:x', '@a@b', 'www.', '.', '%', 'https://%zz'),
    );
    fc.assert(
      fc.property(
        pasted,
        fc.option(fc.constantFrom<PlatformId>('instagram', 'x', 'mastodon', 'site')),
        (text, hint) => {
          const result = parseProfileLink(text, hint ?? undefined);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.messageKey).toMatch(/^link_/);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives back the same profile from its canonical URL, and the matcher pauses that URL', () => {
    const cases: [PlatformId, fc.Arbitrary<string>][] = [
      ['instagram', fc.stringMatching(/^[a-z0-9_][a-z0-9._]{0,29}$/)],
      ['x', fc.stringMatching(/^[a-z0-9_]{1,15}$/)],
      ['tiktok', fc.stringMatching(/^[a-z0-9._]{2,24}$/)],
      ['threads', fc.stringMatching(/^[a-z0-9._]{1,30}$/)],
      ['reddit', fc.stringMatching(/^[a-z0-9_-]{3,20}$/)],
      ['twitch', fc.stringMatching(/^[a-z0-9_]{4,25}$/)],
      ['telegram', fc.stringMatching(/^[a-z][a-z0-9_]{4,31}$/)],
      ['github', fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,2}$/)],
      ['tumblr', fc.stringMatching(/^[a-z0-9-]{1,32}$/)],
    ];
    for (const [platform, handles] of cases) {
      fc.assert(
        fc.property(handles, (handle) => {
          const first = parseProfileLink(`@${handle}`, platform);
          fc.pre(first.ok);
          if (!first.ok) return;
          const again = parseProfileLink(first.profile.url);
          expect(again).toEqual(first);
          const index = buildMatchIndex({
            people: [
              {
                id: 'p',
                label: '',
                note: '',
                names: [],
                addedAt: 0,
                profiles: [{ ...first.profile, id: 'x', aliases: [], paused: false, addedAt: 0 }],
              },
            ],
          });
          expect(matchUrl(first.profile.url, index)?.profileId).toBe('x');
        }),
        { numRuns: 100 },
      );
    }
  });
});

describe('parseSiteRule', () => {
  it('pauses the host and path, lowercased, without www, query or fragment', () => {
    expect(parseSiteRule('https://www.Example.com/Alex/Blog/?utm_source=x#top')).toEqual({
      ok: true,
      profile: {
        platform: 'site',
        key: 'example.com/alex/blog',
        handle: 'example.com/alex/blog',
        url: 'https://example.com/alex/blog',
      },
      aliases: [],
    });
  });

  it('pauses a whole host', () => {
    expect(parseSiteRule('blog.example.org')).toMatchObject({
      ok: true,
      profile: { key: 'blog.example.org' },
    });
  });

  it.each([
    ['javascript:alert(1)', 'not-web'],
    ['', 'empty'],
    ['nothing', 'invalid'],
  ])('refuses %j (%s)', (text, expected) => {
    expect(code(parseSiteRule(text))).toBe(expected);
  });
});

describe('platformName', () => {
  it.each([
    ['instagram', 'Instagram'],
    ['x', 'X (Twitter)'],
    ['site', 'Website'],
    ['mastodon', 'Mastodon'],
  ] as const)('names %s %s', (id, name) => {
    expect(platformName(id)).toBe(name);
  });

  it('has a name for every platform in English and German', () => {
    for (const locale of ['en', 'de']) {
      const messages = readLocale(locale);
      for (const id of PLATFORM_IDS)
        expect(messages[`platform_${id}`]?.message, `${locale} ${id}`).toBeTruthy();
    }
  });
});

describe('@handles the platform reserves', () => {
  it.each([
    ['@explore', 'instagram', 'reserved'],
    ['@p', 'instagram', 'reserved'],
    ['@home', 'x', 'reserved'],
    ['@settings', 'github', 'reserved'],
    ['@alex smith', 'instagram', 'invalid'],
    ['@al-ex', 'instagram', 'bad-handle'],
  ] as const)('%s on %s is %s', (text, platform, expected) => {
    expect(code(parseProfileLink(text, platform))).toBe(expected);
  });
});
