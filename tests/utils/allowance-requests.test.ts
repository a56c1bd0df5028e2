import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type AnswerContext,
  answerGrant,
  answerIsAllowed,
  type SenderInfo,
} from '../../utils/allowance-requests';
import { readAllowances } from '../../utils/allowance-store';
import { buildMatchIndex } from '../../utils/match';
import type { Settings } from '../../utils/model';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { alexList } from '../support/lists';

const EXT = 'test-extension-id';
const PAGE = `chrome-extension://${EXT}/pause.html`;
const ALEX = 'https://www.instagram.com/alex/';
const LIST = alexList();

let settings: Settings;
let now: number;
const ctx: AnswerContext = {
  extensionId: EXT,
  pageUrl: PAGE,
  now: async () => now,
  index: async () => buildMatchIndex(LIST),
  settings: async () => settings,
};
const pausePage = (tabId?: number): SenderInfo => ({
  id: EXT,
  url: `${PAGE}#${ALEX}`,
  ...(tabId === undefined ? {} : { tab: { id: tabId } }),
});
const contentScript = (tabId: number): SenderInfo => ({ id: EXT, url: ALEX, tab: { id: tabId } });

beforeEach(() => {
  settings = { ...DEFAULT_SETTINGS };
  now = 1_000_000;
  let rules: { id: number }[] = [];
  Object.assign(fakeBrowser, {
    declarativeNetRequest: {
      getSessionRules: async () => rules,
      updateSessionRules: async (d: { removeRuleIds: number[]; addRules: { id: number }[] }) => {
        rules = [...rules.filter((r) => !d.removeRuleIds.includes(r.id)), ...d.addRules];
      },
    },
  });
});

describe('grantAllowance', () => {
  it('lets the pause page’s own tab through for the configured minutes', async () => {
    settings.allowanceMinutes = 2;
    expect(await answerGrant({ url: ALEX }, pausePage(5), ctx)).toEqual({ ok: true });
    expect(await readAllowances()).toMatchObject([{ tabId: 5, url: ALEX, until: now + 2 * 60_000 }]);
  });

  it('uses the tab id the page sent only when the sender has no tab', async () => {
    expect(await answerGrant({ url: ALEX, tabId: 9 }, pausePage(), ctx)).toEqual({ ok: true });
    expect(await answerGrant({ url: ALEX, tabId: 8 }, pausePage(5), ctx)).toEqual({ ok: true });
    expect((await readAllowances()).map((a) => a.tabId).sort()).toEqual([5, 9]);
  });

  it.each([
    ['a content script', { url: ALEX }, contentScript(5)],
    ['another extension', { url: ALEX }, { ...pausePage(5), id: 'other' }],
    ['another of our pages', { url: ALEX }, { ...pausePage(5), url: `chrome-extension://${EXT}/popup.html` }],
    ['an unlisted URL', { url: 'https://www.instagram.com/alexandra/' }, pausePage(5)],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, pausePage(5)],
    ['no URL', {}, pausePage(5)],
    ['garbage', 'garbage', pausePage(5)],
    ['no tab at all', { url: ALEX }, pausePage()],
    ['a negative tab id', { url: ALEX, tabId: -1 }, pausePage()],
  ])('refuses %s', async (_, data, sender) => {
    expect(await answerGrant(data, sender as SenderInfo, ctx)).toEqual({ ok: false });
    expect(await readAllowances()).toEqual([]);
  });

  it('refuses in strict mode', async () => {
    settings.strict = true;
    expect(await answerGrant({ url: ALEX }, pausePage(5), ctx)).toEqual({ ok: false });
  });
});

describe('isAllowed', () => {
  it('answers yes only to the allowed tab, for that URL, until the time is up', async () => {
    await answerGrant({ url: ALEX }, pausePage(5), ctx);
    expect(await answerIsAllowed({ url: ALEX }, contentScript(5), ctx)).toBe(true);
    expect(await answerIsAllowed({ url: ALEX }, contentScript(6), ctx)).toBe(false);
    expect(await answerIsAllowed({ url: `${ALEX}tagged/` }, contentScript(5), ctx)).toBe(false);
    now += 5 * 60_000;
    expect(await answerIsAllowed({ url: ALEX }, contentScript(5), ctx)).toBe(false);
  });

  it.each([
    ['another extension', { url: ALEX }, { ...contentScript(5), id: 'other' }],
    ['no tab', { url: ALEX }, { id: EXT }],
    ['no URL', {}, contentScript(5)],
    ['garbage', null, contentScript(5)],
  ])('says no to %s', async (_, data, sender) => {
    await answerGrant({ url: ALEX }, pausePage(5), ctx);
    expect(await answerIsAllowed(data, sender as SenderInfo, ctx)).toBe(false);
  });
});
