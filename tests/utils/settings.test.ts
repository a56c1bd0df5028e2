import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PendingChange, PeopleList } from '../../utils/model';
import {
  DEFAULT_SETTINGS,
  getList,
  getPendingChanges,
  getSettings,
  migrateStorage,
  restoreStoredData,
  saveList,
  savePendingChanges,
  snapshotStoredData,
  updateSettings,
  watchList,
  watchSettings,
  writeStoredData,
} from '../../utils/settings';

const alex: PeopleList = {
  people: [
    {
      id: 'p1',
      label: 'Alex',
      note: '',
      names: ['Alex Smith'],
      addedAt: 1,
      profiles: [
        {
          id: 'f1',
          platform: 'instagram',
          key: 'alex',
          handle: '@alex',
          url: 'https://www.instagram.com/alex/',
          aliases: [],
          paused: false,
          addedAt: 1,
        },
      ],
    },
  ],
};

/** Bounded polling: resolves once `check` passes, fails after ~1 s. */
async function eventually(check: () => void): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      check();
      return;
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

describe('the list', () => {
  it('is empty before anything is saved', async () => {
    expect(await getList()).toEqual({ people: [] });
  });

  it('is stored raw under `list`, with its version in `list$`', async () => {
    await saveList(alex);
    const raw = await fakeBrowser.storage.local.get(['list', 'list$']);
    expect(raw.list).toEqual(alex);
    expect(raw.list$).toEqual({ v: 2 });
    expect(await getList()).toEqual(alex);
  });

  it('tells watchers about changes', async () => {
    const seen = vi.fn();
    const unwatch = watchList(seen);
    await saveList(alex);
    await eventually(() => expect(seen).toHaveBeenCalledWith(alex));
    unwatch();
  });

  it('migrates an unversioned list by filling the fields it lacks', async () => {
    await fakeBrowser.storage.local.set({
      list: {
        people: [
          {
            id: 'p1',
            label: 'Alex',
            profiles: [{ id: 'f1', platform: 'x', key: 'alex', handle: '@alex', url: 'https://x.com/alex' }],
          },
        ],
      },
    });
    await migrateStorage();
    const list = await getList();
    const after = Date.now();
    expect(list.people[0]).toMatchObject({ id: 'p1', label: 'Alex', note: '', names: [] });
    expect(list.people[0]?.profiles[0]).toMatchObject({ id: 'f1', aliases: [], paused: false });
    expect(list.people[0]?.addedAt).toBeLessThanOrEqual(after);
    expect(list.people[0]?.addedAt).toBeGreaterThan(Date.UTC(2020, 0, 1));
    expect((await fakeBrowser.storage.local.get('list$')).list$).toEqual({ v: 2 });
  });

  it('migrates a malformed unversioned list to an empty one rather than failing', async () => {
    await fakeBrowser.storage.local.set({ list: { somethingElse: true } });
    await migrateStorage();
    expect(await getList()).toEqual({ people: [] });
  });
});

describe('settings', () => {
  it('start from the defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      countdownSeconds: 10,
      strict: false,
      viewingCountsAsContact: true,
      sync: false,
    });
  });

  it('apply patches and keep every other field', async () => {
    await updateSettings({ strict: true });
    const next = await updateSettings({ countdownSeconds: 30 });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, strict: true, countdownSeconds: 30 });
    expect(await getSettings()).toEqual(next);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(next);
  });

  it('never lose a patch when two are applied at once', async () => {
    await Promise.all([
      updateSettings({ strict: true }),
      updateSettings({ goalDays: 30 }),
      updateSettings({ theme: 'dark' }),
    ]);
    expect(await getSettings()).toMatchObject({ strict: true, goalDays: 30, theme: 'dark' });
  });

  it('fill fields added in later versions from the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { countdownSeconds: 42 }, settings$: { v: 2 } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, countdownSeconds: 42 });
  });

  it('migrate an unversioned settings object', async () => {
    await fakeBrowser.storage.local.set({ settings: { strict: true } });
    await migrateStorage();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({
      ...DEFAULT_SETTINGS,
      strict: true,
    });
  });

  it('tell watchers the full settings', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await updateSettings({ theme: 'dark' });
    await eventually(() => expect(seen).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' }));
    unwatch();
  });

  it('do not share the default suggestions array', async () => {
    const s = await getSettings();
    s.suggestions.push({ text: 'Call Sam' });
    expect((await getSettings()).suggestions).toEqual([]);
  });
});

describe('pending changes', () => {
  it('round-trip', async () => {
    const change: PendingChange = {
      id: 'c1',
      createdAt: 1,
      applyAt: 2,
      change: { kind: 'remove-person', personId: 'p1' },
    };
    expect(await getPendingChanges()).toEqual([]);
    await savePendingChanges([change]);
    expect(await getPendingChanges()).toEqual([change]);
  });

  it('hand each caller its own empty list', async () => {
    (await getPendingChanges()).push({
      id: 'x',
      createdAt: 1,
      applyAt: 2,
      change: { kind: 'remove-person', personId: 'p' },
    });
    expect(await getPendingChanges()).toEqual([]);
  });
});

describe('snapshots for all-or-nothing imports', () => {
  it('restore exactly what was stored, removing keys written since', async () => {
    await saveList(alex);
    const snapshot = await snapshotStoredData();
    await writeStoredData({
      list: { people: [] },
      settings: { ...DEFAULT_SETTINGS, strict: true },
      pendingChanges: [],
    });
    await restoreStoredData(snapshot);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw).toEqual({ list: alex, list$: { v: 2 } });
  });
});
