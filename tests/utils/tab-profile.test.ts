import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getList, saveList } from '@/utils/settings';
import {
  answerAddProfileFromTab,
  answerRecogniseTab,
  isOwnPage,
  type MessageSender,
  tabIdFrom,
  tabProfileContext,
} from '@/utils/tab-profile';
import { alexList } from '../support/lists';

const EXT = fakeBrowser.runtime.id;
const BASE = `chrome-extension://${EXT}/`;
const POPUP: MessageSender = { id: EXT, url: `${BASE}popup.html` };
const AT = Date.UTC(2026, 2, 18, 12, 0);

const alex = alexList({ person: 'p1', profile: 'pr1' });

let tabId = 0;
const ctx = () => ({ ...tabProfileContext(), now: async () => AT });
const samExpected = { platform: 'instagram', key: 'sam' };

beforeEach(async () => {
  tabId = (await fakeBrowser.tabs.create({ url: 'https://www.instagram.com/sam/' })).id as number;
});

describe('who may ask', () => {
  it.each<[string, MessageSender, boolean]>([
    ['the popup', POPUP, true],
    ['the options page', { id: EXT, url: `${BASE}options.html#people` }, true],
    ['a content script (our id, a web page URL)', { id: EXT, url: 'https://www.instagram.com/sam/' }, false],
    ['another extension', { id: 'other', url: `chrome-extension://other/popup.html` }, false],
    ['another extension claiming our URL', { id: 'other', url: `${BASE}popup.html` }, false],
    ['a sender without URL', { id: EXT }, false],
    ['a look-alike base URL', { id: EXT, url: `chrome-extension://${EXT}.evil/popup.html` }, false],
  ])('%s: %s', (_name, sender, allowed) => {
    expect(isOwnPage(sender, { extensionId: EXT, baseUrl: BASE })).toBe(allowed);
  });

  it('the context names this extension and its base URL', () => {
    expect(tabProfileContext()).toMatchObject({ extensionId: EXT, baseUrl: BASE });
  });
});

describe('the tab id', () => {
  it.each([
    [{ tabId: 0 }, 0],
    [{ tabId: 42 }, 42],
    [{ tabId: -1 }, null],
    [{ tabId: 1.5 }, null],
    [{ tabId: '7' }, null],
    [{ tabId: Number.NaN }, null],
    [{ tabId: Number.POSITIVE_INFINITY }, null],
    [{}, null],
    [null, null],
    ['7', null],
  ])('%j → %s', (data, expected) => {
    expect(tabIdFrom(data)).toBe(expected);
  });
});

describe('recogniseTab', () => {
  it('offers the unlisted profile the tab shows, read from the tab itself', async () => {
    const offer = await answerRecogniseTab({ tabId }, POPUP, ctx());
    expect(offer).toMatchObject({ platform: 'Instagram', profile: { platform: 'instagram', key: 'sam' } });
  });

  it('ignores any URL in the message: only the tab counts', async () => {
    const data = { tabId, url: 'https://www.instagram.com/someone_else/' };
    expect((await answerRecogniseTab(data, POPUP, ctx()))?.profile.key).toBe('sam');
  });

  it('offers nothing for a listed profile, a closed tab, a non-web page, or a stranger', async () => {
    const other = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    expect(await answerRecogniseTab({ tabId: other.id }, POPUP, ctx())).toBeNull();
    expect(await answerRecogniseTab({ tabId: 9999 }, POPUP, ctx())).toBeNull();
    expect(await answerRecogniseTab({ tabId }, { id: EXT, url: 'https://evil.example/' }, ctx())).toBeNull();
    expect(await answerRecogniseTab({ tabId: String(tabId) }, POPUP, ctx())).toBeNull();
    await saveList(alex);
    await fakeBrowser.tabs.update(tabId, { url: 'https://www.instagram.com/alex/' });
    expect(await answerRecogniseTab({ tabId }, POPUP, ctx())).toBeNull();
  });
});

describe('addProfileFromTab', () => {
  it('lists the profile under a new person named from the handle, keeping the list as stored', async () => {
    await saveList(alex);
    const result = await answerAddProfileFromTab({ tabId, expected: samExpected }, POPUP, ctx());
    expect(result).toMatchObject({ ok: true, offer: { profile: { key: 'sam' } } });
    const list = await getList();
    expect(list.people.map((p) => p.label)).toEqual(['Alex', 'Sam']);
    expect(list.people[1]?.profiles[0]).toMatchObject({ platform: 'instagram', key: 'sam', addedAt: AT });
  });

  it('adds nothing when the tab has moved on to another profile than the one offered', async () => {
    await fakeBrowser.tabs.update(tabId, { url: 'https://www.instagram.com/bob/' });
    expect(await answerAddProfileFromTab({ tabId, expected: samExpected }, POPUP, ctx())).toEqual({
      ok: false,
    });
    expect((await getList()).people).toEqual([]);
  });

  it('adds nothing for a content script, a bad tab id, a missing expectation, or a second time', async () => {
    const page = { id: EXT, url: 'https://www.instagram.com/sam/' };
    expect(await answerAddProfileFromTab({ tabId, expected: samExpected }, page, ctx())).toEqual({
      ok: false,
    });
    expect(await answerAddProfileFromTab({ tabId: -1, expected: samExpected }, POPUP, ctx())).toEqual({
      ok: false,
    });
    expect(await answerAddProfileFromTab({ tabId }, POPUP, ctx())).toEqual({ ok: false });
    expect((await getList()).people).toEqual([]);
    expect((await answerAddProfileFromTab({ tabId, expected: samExpected }, POPUP, ctx())).ok).toBe(true);
    expect(await answerAddProfileFromTab({ tabId, expected: samExpected }, POPUP, ctx())).toEqual({
      ok: false,
    });
    expect((await getList()).people).toHaveLength(1);
  });
});
