/**
 * Bad input for the Profile link field, on the pure add flow the options page and onboarding
 * use (the component-level sample is in tests/entrypoints/options/people-section.test.tsx):
 * 10,000 generated strings plus hand-picked ones. Each gets a clear message or a correct
 * profile; nothing throws; the list changes only for a correct profile.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLocale } from '../../utils/build/locales';
import { addProfile } from '../../utils/list-edits';
import type { PeopleList } from '../../utils/model';
import { addFromLink, previewLink } from '../../utils/profile-add';
import { PASTED_TEXT } from '../entrypoints/options/pasted-text';

const MESSAGES = readLocale('en');
const BASE: PeopleList = addProfile(
  { people: [] },
  { platform: 'instagram', key: 'alex', handle: '@alex', url: 'https://www.instagram.com/alex/' },
  [],
).list;

const tally = { added: 0, refused: 0 };

function expectCalm(list: PeopleList, text: string) {
  const preview = previewLink(list, text);
  const result = addFromLink(list, text);
  tally[result.error ? 'refused' : 'added']++;
  if (result.error) {
    // A refusal: a real message in the user's language, and the list untouched.
    expect(MESSAGES[result.error.key]?.message, `message for ${result.error.key}`).toBeTruthy();
    expect(result.list).toBe(list);
    return;
  }
  // An addition: exactly one more profile, and it is the one the preview recognised.
  expect(preview.kind).toBe('profile');
  const before = list.people.flatMap((p) => p.profiles).length;
  const added = result.list.people.flatMap((p) => p.profiles);
  expect(added).toHaveLength(before + 1);
  const profile = added.find((p) => p.id === result.profileId);
  expect(profile?.url).toMatch(/^https:\/\/[^/\s]+/);
  expect(profile?.key).toBeTruthy();
  if (preview.kind === 'profile')
    expect(profile).toMatchObject({ platform: preview.profile.platform, key: preview.profile.key });
  // And the same text again is refused as a duplicate.
  expect(addFromLink(result.list, text).error?.key).toBe('options_errorDuplicate');
}

describe('Profile link: bad input', () => {
  it('10,000 generated strings: a clear message or a correct profile, never a throw', () => {
    fc.assert(
      fc.property(PASTED_TEXT, (text) => expectCalm(BASE, text)),
      { numRuns: 10_000, seed: 20_260_110 },
    );
    // The generator reaches both outcomes in bulk, so both halves of the property were tested.
    expect(tally.added).toBeGreaterThan(300);
    expect(tally.refused).toBeGreaterThan(5000);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \t\r\n '],
    ['100 KB', `https://www.instagram.com/${'a'.repeat(100_000)}`],
    ['100 KB of spaces', ' '.repeat(100_000)],
    ['control characters', 'https://www.instagram.com/al\u0000ex\u0007/'],
    ['bidi override', 'https://www.instagram.com/\u202Exela/'],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['javascript: with the host', 'javascript://www.instagram.com/%0Aalert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['Cyrillic look-alike host', 'https://www.instаgram.com/alex/'],
    ['punycode look-alike host', 'https://xn--instgram-5ig.com/alex/'],
    ['suffix look-alike host', 'https://instagram.com.evil.test/alex/'],
    ['another site', 'https://news.example/story/1'],
    ['reserved path', 'https://www.instagram.com/explore/'],
    ['a post', 'https://www.instagram.com/p/Cx1abc/'],
    ['the home page', 'https://www.instagram.com/'],
    ['HTML', '<img src=x onerror=alert(1)>'],
  ])('%s', (_name, text) => {
    expect(() => expectCalm(BASE, text)).not.toThrow();
  });

  it('recognises a plain profile link and adds it under a person named from the handle', () => {
    const result = addFromLink({ people: [] }, '  https://www.instagram.com/sam.rivers/?hl=en ');
    expect(result.error).toBeUndefined();
    expect(result.list.people[0]?.label).toBe('Sam.rivers');
    expect(result.list.people[0]?.profiles[0]).toMatchObject({ platform: 'instagram', key: 'sam.rivers' });
  });

  it('refuses a listed profile however it is spelled', () => {
    for (const text of [
      'https://instagram.com/ALEX',
      'http://www.instagram.com/alex/?igsh=1',
      'instagram.com/alex',
    ]) {
      const result = addFromLink(BASE, text);
      expect(result.error, text).toEqual({ key: 'options_errorDuplicate', substitutions: ['Alex'] });
    }
  });

  it('an unknown site is offered as a site-and-path rule only when asked', () => {
    const text = 'https://blog.example/people/alex';
    expect(previewLink(BASE, text).kind).toBe('unknown-site');
    expect(addFromLink(BASE, text).list).toBe(BASE);
    const asSite = addFromLink(BASE, text, { asSite: true });
    expect(asSite.error).toBeUndefined();
    expect(asSite.list.people.at(-1)?.profiles[0]).toMatchObject({ platform: 'site' });
  });
});
