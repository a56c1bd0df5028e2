import { describe, expect, it } from 'vitest';
import { grant } from '../../utils/allowance';
import { alreadyPausing, type BackstopState, backstopTarget, isListedNavigation } from '../../utils/backstop';
import { buildMatchIndex } from '../../utils/match';
import { alexList } from '../support/lists';

const PAGE = 'moz-extension://0000-1111/pause.html';
const ALEX = 'https://www.instagram.com/alex/';
const LIST = alexList();
const state = (overrides: Partial<BackstopState> = {}): BackstopState => ({
  index: buildMatchIndex(LIST),
  allowances: [],
  now: 1000,
  pageUrl: PAGE,
  ...overrides,
});

describe('backstopTarget', () => {
  it.each([
    ALEX,
    'https://instagram.com/alex',
    'https://www.instagram.com/alex/#x',
    'https://www.instagram.com/alex/tagged/',
  ])('sends a committed listed URL %s to the pause page', (url) => {
    expect(backstopTarget({ tabId: 3, frameId: 0, url }, state())).toBe(`${PAGE}?back=2#${url}`);
  });

  it.each([
    ['a near miss', { tabId: 3, frameId: 0, url: 'https://www.instagram.com/alexandra/' }],
    ['an unrelated page', { tabId: 3, frameId: 0, url: 'https://news.example/alex' }],
    ['a subframe', { tabId: 3, frameId: 5, url: ALEX }],
    ['a tab-less (prerender) navigation', { tabId: -1, frameId: 0, url: ALEX }],
    ['the pause page itself', { tabId: 3, frameId: 0, url: `${PAGE}#${ALEX}` }],
    ['a non-web URL', { tabId: 3, frameId: 0, url: 'view-source:https://www.instagram.com/alex/' }],
  ])('leaves %s alone', (_, nav) => {
    expect(backstopTarget(nav, state())).toBeNull();
  });

  it('leaves a tab alone while its allowance runs, and only that tab', () => {
    const { allowances } = grant([], 3, ALEX, 1000, 5);
    expect(backstopTarget({ tabId: 3, frameId: 0, url: ALEX }, state({ allowances }))).toBeNull();
    expect(backstopTarget({ tabId: 4, frameId: 0, url: ALEX }, state({ allowances }))).not.toBeNull();
    const later = state({ allowances, now: 1000 + 5 * 60_000 });
    expect(backstopTarget({ tabId: 3, frameId: 0, url: ALEX }, later)).not.toBeNull();
  });
});

describe('isListedNavigation', () => {
  const index = buildMatchIndex(LIST);

  it('is true only for a top frame of a tab going to a listed profile', () => {
    expect(isListedNavigation({ tabId: 3, frameId: 0, url: ALEX }, index)).toBe(true);
    expect(isListedNavigation({ tabId: 3, frameId: 0, url: 'https://m.instagram.com/alex' }, index)).toBe(
      true,
    );
    expect(isListedNavigation({ tabId: 3, frameId: 0, url: 'https://news.example/' }, index)).toBe(false);
    expect(isListedNavigation({ tabId: 3, frameId: 1, url: ALEX }, index)).toBe(false);
    expect(isListedNavigation({ tabId: -1, frameId: 0, url: ALEX }, index)).toBe(false);
    expect(isListedNavigation({ tabId: 3, frameId: 0, url: `${PAGE}#${ALEX}` }, index)).toBe(false);
  });

  it('is what backstopTarget acts on: an unlisted navigation never gets a target', () => {
    for (const url of [ALEX, 'https://www.instagram.com/alexandra/', 'https://news.example/alex'])
      expect(backstopTarget({ tabId: 3, frameId: 0, url }, state()) !== null).toBe(
        isListedNavigation({ tabId: 3, frameId: 0, url }, index),
      );
  });
});

describe('alreadyPausing', () => {
  it.each([
    [{ url: ALEX, pendingUrl: `${PAGE}#${ALEX}` }, true],
    [{ url: `${PAGE}#${ALEX}` }, true],
    [{ url: ALEX }, false],
    [{}, false],
  ])('%o → %s', (tab, expected) => {
    expect(alreadyPausing(tab, PAGE)).toBe(expected);
  });
});
