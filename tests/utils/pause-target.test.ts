import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../utils/match';
import type { PeopleList } from '../../utils/model';
import {
  backSteps,
  isPausePageUrl,
  MAX_TARGET_LENGTH,
  pausePageAfterUrl,
  pausePageUrl,
  resolvePauseTarget,
  safeHttpUrl,
  targetFromHash,
} from '../../utils/pause-target';

const PAGE = 'chrome-extension://abcdefghijklmnop/pause.html';
const LIST: PeopleList = {
  people: [
    {
      id: 'p-alex',
      label: 'Alex',
      note: '',
      names: ['Alex Smith'],
      addedAt: 0,
      profiles: [
        {
          id: 'ig-alex',
          platform: 'instagram',
          key: 'alex',
          handle: '@alex',
          url: 'https://www.instagram.com/alex/',
          aliases: [],
          paused: false,
          addedAt: 0,
        },
      ],
    },
  ],
};
const index = buildMatchIndex(LIST);

describe('resolvePauseTarget', () => {
  it.each([
    ['#https://www.instagram.com/alex/', 'https://www.instagram.com/alex/', 'profile'],
    ['#https://instagram.com/alex', 'https://instagram.com/alex', 'profile'],
    ['#https://www.instagram.com/alex/?hl=de#frag', 'https://www.instagram.com/alex/?hl=de#frag', 'profile'],
    ['#http://www.instagram.com/alex', 'http://www.instagram.com/alex', 'profile'],
    ['#https://www.google.com/search?q=alex+smith', 'https://www.google.com/search?q=alex+smith', 'search'],
  ])('offers to continue to the listed URL %s', (hash, url, kind) => {
    const target = resolvePauseTarget(hash, index);
    expect(target?.url).toBe(url);
    expect(target?.match).toMatchObject({ personId: 'p-alex', kind });
  });

  it.each([
    ['javascript:', '#javascript:alert(1)'],
    ['javascript: with a listed URL in it', '#javascript:location="https://www.instagram.com/alex/"'],
    ['data:', '#data:text/html,<script>alert(1)</script>'],
    ['file:', '#file:///etc/passwd'],
    ['chrome:', '#chrome://settings'],
    ['about:', '#about:blank'],
    ['another extension (Chrome)', '#chrome-extension://otherextension/page.html'],
    ['another extension (Firefox)', '#moz-extension://1234-5678/page.html'],
    ['our own pause page', `#${PAGE}#https://www.instagram.com/alex/`],
    ['an unlisted profile', '#https://www.instagram.com/alexandra/'],
    ['an unrelated site', '#https://evil.example/alex'],
    ['a relative path', '#/alex'],
    ['a protocol-relative URL', '#//www.instagram.com/alex/'],
    ['credentials', '#https://user:pass@www.instagram.com/alex/'],
    ['leading whitespace', '# https://www.instagram.com/alex/'],
    ['a control character', '#https://www.instagram.com/al\u0000ex/'],
    ['a newline', '#https://www.instagram.com/alex/\n'],
    ['garbage', '#%%%not a url%%%'],
    ['nothing', '#'],
    ['no fragment', ''],
    ['a huge string', `#https://www.instagram.com/alex/?q=${'a'.repeat(MAX_TARGET_LENGTH)}`],
  ])('refuses %s', (_, hash) => {
    expect(resolvePauseTarget(hash, index)).toBeNull();
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['HTTPS://Example.com/a', 'https://example.com/a'],
  ])('normalises %s', (raw, url) => {
    expect(safeHttpUrl(raw)).toBe(url);
  });

  it.each([undefined, null, '', 'ftp://example.com', 'https://', 'mailto:a@b.c', 'blob:https://x.com/1'])(
    'refuses %s',
    (raw) => {
      expect(safeHttpUrl(raw)).toBeNull();
    },
  );
});

describe('pause page addresses', () => {
  it('puts the full original URL in the fragment, the same form the network rules write', () => {
    const url = 'https://www.instagram.com/alex/?a=1#b';
    const address = pausePageUrl(PAGE, url);
    expect(address).toBe(`${PAGE}#${url}`);
    expect(targetFromHash(new URL(address).hash)).toBe(url);
  });

  it.each([
    [`${PAGE}#https://x.com/a`, true],
    [PAGE, true],
    [`${PAGE}?x=1`, true],
    ['chrome-extension://abcdefghijklmnop/popup.html', false],
    [`${PAGE}x`, false],
    ['https://x.com/pause.html', false],
  ])('recognises our pause page: %s → %s', (url, expected) => {
    expect(isPausePageUrl(url, PAGE)).toBe(expected);
  });
});

describe('going back past the paused URL', () => {
  it('the backstop’s pause page goes back two entries; any other, one', () => {
    const address = new URL(pausePageAfterUrl(PAGE, 'https://news.example/alex'));
    expect(backSteps(address.search)).toBe(2);
    expect(targetFromHash(address.hash)).toBe('https://news.example/alex');
    expect(backSteps('')).toBe(1);
    expect(backSteps('?back=7')).toBe(1);
  });
});
