import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../utils/match';
import { answerResolvePause, resolvePauseTarget } from '../../utils/pause-resolve';
import { MAX_TARGET_LENGTH } from '../../utils/pause-target';
import { alexList } from '../support/lists';

const PAGE = 'chrome-extension://abcdefghijklmnop/pause.html';
const LIST = alexList(undefined, ['Alex Smith']);
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

describe('answerResolvePause', () => {
  const ctx = { extensionId: 'ext', index: async () => index };

  it('answers our own pages with the match of a listed URL', async () => {
    expect(
      await answerResolvePause({ url: 'https://www.instagram.com/alex/' }, { id: 'ext' }, ctx),
    ).toMatchObject({
      personId: 'p-alex',
      profileId: 'ig-alex',
    });
  });

  it.each([
    ['another extension', { url: 'https://www.instagram.com/alex/' }, { id: 'other' }],
    ['an unlisted URL', { url: 'https://www.instagram.com/sam/' }, { id: 'ext' }],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, { id: 'ext' }],
    ['no URL', {}, { id: 'ext' }],
    ['garbage', 42, { id: 'ext' }],
  ])('answers null to %s', async (_, data, sender) => {
    expect(await answerResolvePause(data, sender, ctx)).toBeNull();
  });
});
