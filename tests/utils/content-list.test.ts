import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALLOWANCES_KEY } from '../../utils/allowance';
import type { NativeApi } from '../../utils/browser-env/native';
import { TEST_CLOCK_KEY } from '../../utils/clock';
import {
  applyChanges,
  CLOCK_KEY,
  LIST_KEY,
  parseList,
  readGuardState,
  watchGuardState,
} from '../../utils/content-list';
import type { PeopleList } from '../../utils/model';
import { STORAGE_KEYS } from '../../utils/settings';

const api = fakeBrowser as unknown as NativeApi;
const LIST: PeopleList = {
  people: [{ id: 'p1', label: 'Alex', note: '', names: [], profiles: [], addedAt: 0 }],
};
const ALLOWANCE = { tabId: 1, url: 'https://www.instagram.com/alex', until: 99, ruleId: 100_000 };

describe('content-list', () => {
  it('reads the same keys the settings and clock modules write', () => {
    expect(LIST_KEY).toBe(STORAGE_KEYS.list);
    expect(CLOCK_KEY).toBe(TEST_CLOCK_KEY);
  });

  it('reads the list, allowances and clock offset in one go', async () => {
    await fakeBrowser.storage.local.set({ list: LIST, [ALLOWANCES_KEY]: [ALLOWANCE], [CLOCK_KEY]: 5000 });
    expect(await readGuardState(api)).toEqual({ list: LIST, allowances: [ALLOWANCE], clockOffsetMs: 5000 });
  });

  it('starts empty on a fresh install', async () => {
    expect(await readGuardState(api)).toEqual({ list: { people: [] }, allowances: [], clockOffsetMs: 0 });
  });

  it.each([null, 'x', { people: 'x' }, 42])('treats a malformed list %s as empty', (value) => {
    expect(parseList(value)).toEqual({ people: [] });
  });

  it('follows changes and says when the list itself changed', async () => {
    const state = await readGuardState(api);
    const seen = vi.fn();
    watchGuardState(api, (changes) => seen(applyChanges(state, changes)));
    await fakeBrowser.storage.local.set({ [ALLOWANCES_KEY]: [ALLOWANCE] });
    expect(seen).toHaveBeenLastCalledWith(false);
    expect(state.allowances).toEqual([ALLOWANCE]);
    await fakeBrowser.storage.local.set({ list: LIST });
    expect(seen).toHaveBeenLastCalledWith(true);
    expect(state.list).toEqual(LIST);
  });

  it('ignores other keys and other storage areas', async () => {
    const seen = vi.fn();
    watchGuardState(api, seen);
    await fakeBrowser.storage.local.set({ settings: {} });
    await fakeBrowser.storage.sync.set({ list: LIST });
    expect(seen).not.toHaveBeenCalled();
  });
});
