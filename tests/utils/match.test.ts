import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatchIndex, matchUrl } from '../../utils/match';
import type { PeopleList, Profile } from '../../utils/model';
import { TABLE_LIST } from './url-table';

const index = buildMatchIndex(TABLE_LIST);

function listWith(profiles: Partial<Profile>[], names: string[] = []): PeopleList {
  return {
    people: [
      {
        id: 'p',
        label: 'P',
        note: '',
        names,
        addedAt: 0,
        profiles: profiles.map((p, i) => ({
          id: `pr${i}`,
          platform: 'instagram',
          key: 'alex',
          handle: '@alex',
          url: '',
          aliases: [],
          paused: false,
          addedAt: 0,
          ...p,
        })),
      },
    ],
  };
}

describe('buildMatchIndex', () => {
  it('skips paused profiles', () => {
    const idx = buildMatchIndex(listWith([{ paused: true }]));
    expect(matchUrl('https://www.instagram.com/alex', idx)).toBeNull();
  });

  it('answers with the person, the profile and the platform', () => {
    expect(matchUrl('https://www.instagram.com/alex', index)).toEqual({
      personId: 'alex',
      profileId: 'ig',
      platform: 'instagram',
      kind: 'profile',
    });
  });

  it('indexes aliases as the same profile', () => {
    expect(matchUrl('https://www.facebook.com/profile.php?id=100004123', index)?.profileId).toBe('fb');
    expect(matchUrl('https://x.com/i/user/4242', index)?.profileId).toBe('x');
    expect(matchUrl('https://bsky.app/profile/did:plc:abc123xyz', index)?.profileId).toBe('bs');
  });

  it('keeps the first profile when two list the same key', () => {
    const idx = buildMatchIndex(listWith([{ id: 'first' }, { id: 'second' }]));
    expect(matchUrl('https://instagram.com/alex', idx)?.profileId).toBe('first');
  });

  it('answers name searches with the listed name', () => {
    const match = matchUrl('https://www.google.com/search?q=jose+nunez', index);
    expect(match).toEqual({ personId: 'alex', platform: 'site', kind: 'search', name: 'José Núñez' });
  });

  it('ignores names with no words', () => {
    const idx = buildMatchIndex(listWith([], ['   ', '!!']));
    expect(matchUrl('https://www.google.com/search?q=%21%21', idx)).toBeNull();
  });

  it('a site rule matches whole segments only, at any depth listed', () => {
    const idx = buildMatchIndex(listWith([{ platform: 'site', key: 'example.com/a/b' }]));
    expect(matchUrl('https://example.com/a/b/c', idx)).not.toBeNull();
    expect(matchUrl('https://example.com/a/bc', idx)).toBeNull();
    expect(matchUrl('https://example.com/a', idx)).toBeNull();
    expect(matchUrl('https://example.com//a/b', idx)).toBeNull();
  });

  it('reads each site rule to its own depth, whatever other hosts list', () => {
    const idx = buildMatchIndex(
      listWith([
        { id: 'deep', platform: 'site', key: 'deep.example/a/b/c' },
        { id: 'host', platform: 'site', key: 'Blog.Example' },
        { id: 'one', platform: 'site', key: 'blog.example/x' },
      ]),
    );
    expect(matchUrl('https://www.blog.example/anything', idx)?.profileId).toBe('host');
    expect(matchUrl('https://deep.example/a/b/c/d', idx)?.profileId).toBe('deep');
    expect(matchUrl('https://www.deep.example/a/b/c/d', idx)?.profileId).toBe('deep');
    expect(matchUrl('https://www.deep.example/a/b', idx)).toBeNull();
    expect(matchUrl('https://www.other.example/a/b/c', idx)).toBeNull();
    expect(matchUrl('https://deep.example/a/b', idx)).toBeNull();
    expect(matchUrl('https://other.example/a/b/c', idx)).toBeNull();
  });

  it.each([
    [['Alex', 'Alex Smith'], 'Alex'],
    [['Alex Smith', 'Alex'], 'Alex Smith'],
    [['Alex Smith Jones', 'Alex Smith'], 'Alex Smith Jones'],
    [['Alex Smith', 'Alex Smith Jones'], 'Alex Smith'],
  ])('with names %j listed, a search for "alex smith jones" answers %s (the first listed)', (names, name) => {
    const idx = buildMatchIndex(listWith([], names));
    expect(matchUrl('https://duckduckgo.com/?q=alex+smith+jones', idx)?.name).toBe(name);
  });

  it('finds a longer name behind a shorter one sharing its first words', () => {
    const idx = buildMatchIndex(listWith([], ['Alex Smith Jones', 'Sam Lee']));
    expect(matchUrl('https://duckduckgo.com/?q=alex+smith+lee', idx)).toBeNull();
    expect(matchUrl('https://duckduckgo.com/?q=alex+smith+alex+smith+jones', idx)?.name).toBe(
      'Alex Smith Jones',
    );
    expect(matchUrl('https://duckduckgo.com/?q=sam+lee', idx)?.name).toBe('Sam Lee');
  });
});

describe('matchUrl', () => {
  it.each([
    'javascript:alert(1)',
    'data:text/html,<p>x</p>',
    'file:///etc/passwd',
    'chrome-extension://abc/pause.html#https://www.instagram.com/alex',
    'about:blank',
    'instagram.com/alex',
    '',
    'https://',
    'https://%zz/alex',
    'https://www.instagram.com/%E0%A4%A',
  ])('answers %j with null', (url) => {
    expect(matchUrl(url, index)).toBeNull();
  });

  it('reads a decoded handle even from a malformed escape elsewhere', () => {
    expect(matchUrl('https://www.instagram.com/alex/%E0%A4%A', index)?.profileId).toBe('ig');
  });

  it('handles a 100 KB URL without trouble', () => {
    expect(matchUrl(`https://www.instagram.com/alex/${'a/'.repeat(50000)}`, index)?.profileId).toBe('ig');
    expect(matchUrl(`https://www.google.com/search?q=${'alex+'.repeat(20000)}smith`, index)?.kind).toBe(
      'search',
    );
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl({ withFragments: true, withQueryParameters: true })),
        (url) => {
          expect(() => matchUrl(url, index)).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never pauses a URL on an unrelated host', () => {
    const hosts = fc.constantFrom(
      'example.net',
      'news.example.co.uk',
      'wikipedia.org',
      'shop.test',
      'bbc.co.uk',
    );
    const segment = fc.oneof(
      fc.constantFrom('alex', '@alex', 'alex_s', 'stories', 'in', 'user', 'alex.smith', 'profile.php'),
      fc.stringMatching(/^[a-z0-9._@-]{0,12}$/),
    );
    fc.assert(
      fc.property(hosts, fc.array(segment, { maxLength: 4 }), fc.string(), (host, segs, query) => {
        const url = `https://${host}/${segs.join('/')}?${encodeURIComponent(query)}`;
        expect(matchUrl(url, index)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
