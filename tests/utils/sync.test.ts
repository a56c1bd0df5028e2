import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PeopleList, Profile } from '../../utils/model';
import { getList, getSettings, saveList, updateSettings } from '../../utils/settings';
import {
  chunkText,
  getSyncStatus,
  layoutDoc,
  readRemote,
  SYNC_QUOTA,
  startSync,
  syncNow,
} from '../../utils/sync';
import type { SyncDoc } from '../../utils/sync-doc';

const T = Date.UTC(2025, 0, 1);
const profile = (id: string, key: string): Profile => ({
  id,
  platform: 'x',
  key,
  handle: `@${key}`,
  url: `https://x.com/${key}`,
  aliases: [],
  paused: false,
  addedAt: T,
});
const person = (id: string, label: string, profiles: Profile[]) => ({
  id,
  label,
  note: '',
  names: [],
  profiles,
  addedAt: T,
});

/** Each device has its own storage.local; storage.sync is shared, as the browser's sync makes it. */
const devices = new Map<string, Record<string, unknown>>();
async function onDevice<T>(name: string, fn: () => Promise<T>): Promise<T> {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.local.set(devices.get(name) ?? {});
  try {
    return await fn();
  } finally {
    devices.set(name, await fakeBrowser.storage.local.get(null));
  }
}

/** Everything stored in sync, with the byte size browsers count. */
async function syncItems(): Promise<{ items: Record<string, unknown>; bytes: number }> {
  const items = await fakeBrowser.storage.sync.get(null);
  const bytes = Object.entries(items).reduce(
    (n, [k, v]) => n + k.length + new TextEncoder().encode(JSON.stringify(v)).length,
    0,
  );
  return { items, bytes };
}

describe('sync', () => {
  it('is off by default and writes nothing to storage.sync', async () => {
    await saveList({ people: [person('p1', 'Alex', [profile('f1', 'alex')])] });
    expect(await syncNow(T)).toBe('off');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('mirrors the list and settings but never reflections or events', async () => {
    await saveList({ people: [person('p1', 'Alex', [profile('f1', 'alex')])] });
    await updateSettings({ sync: true, countdownSeconds: 20 });
    expect(await syncNow(T)).toBe('synced');
    const remote = await readRemote(T);
    expect(Object.keys(remote.e).filter((k) => !k.startsWith('setting:'))).toEqual([
      'person:p1',
      'profile:f1',
    ]);
    expect(remote.e['setting:countdownSeconds']?.v).toBe(20);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toMatch(
      /reflection|turned-back|"paused","at"/,
    );
  });

  it('merges two devices: both additions survive, a removal stays removed', async () => {
    devices.clear();
    await onDevice('a', async () => {
      await saveList({ people: [person('p1', 'Alex', [profile('f1', 'alex')])] });
      await updateSettings({ sync: true });
      await syncNow(T);
    });
    await onDevice('b', async () => {
      await saveList({ people: [person('p2', 'Sam', [profile('f2', 'sam')])] });
      await updateSettings({ sync: true, strict: true });
      await syncNow(T + 1000);
      expect((await getList()).people.map((p) => p.id)).toEqual(['p2', 'p1']);
    });
    await onDevice('a', async () => {
      await syncNow(T + 2000);
      expect((await getList()).people.map((p) => p.id)).toEqual(['p1', 'p2']);
      expect((await getSettings()).strict).toBe(true);
      const list = await getList();
      await saveList({ people: list.people.map((p) => (p.id === 'p1' ? { ...p, profiles: [] } : p)) });
      await syncNow(T + 3000);
    });
    await onDevice('b', async () => {
      await syncNow(T + 4000);
      const list = await getList();
      expect(list.people.find((p) => p.id === 'p1')?.profiles).toEqual([]);
      expect(list.people.find((p) => p.id === 'p2')?.profiles.map((f) => f.id)).toEqual(['f2']);
    });
  });

  it('keeps the sync switch per device', async () => {
    devices.clear();
    await onDevice('a', async () => {
      await updateSettings({ sync: true, theme: 'dark' });
      await syncNow(T);
    });
    await onDevice('b', async () => {
      expect(await syncNow(T + 1)).toBe('off');
      expect((await getSettings()).theme).toBe('system');
    });
  });

  it('splits a large list into items within the per-item quota and removes leftovers', async () => {
    const many: PeopleList = {
      people: Array.from({ length: 60 }, (_, i) =>
        person(`p${i}`, `Person ${i} — Ünïcödé 🙂`, [
          profile(`f${i}a`, `handle${i}a`),
          profile(`f${i}b`, `handle${i}b`),
        ]),
      ),
    };
    await saveList(many);
    await updateSettings({ sync: true });
    expect(await syncNow(T)).toBe('synced');
    const big = await syncItems();
    const chunks = Object.keys(big.items).filter((k) => k.startsWith('syncDoc'));
    expect(chunks.length).toBeGreaterThan(3);
    for (const [key, value] of Object.entries(big.items)) {
      expect(key.length + new TextEncoder().encode(JSON.stringify(value)).length).toBeLessThanOrEqual(
        SYNC_QUOTA.bytesPerItem,
      );
    }
    expect(big.bytes).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    expect((await readRemote(T)).e['profile:f59b']).toBeDefined();

    await saveList({ people: many.people.slice(0, 2) });
    await syncNow(T + 1000);
    const small = await syncItems();
    expect(Object.keys(small.items).filter((k) => k.startsWith('syncDoc')).length).toBeLessThan(
      chunks.length,
    );
    expect(small.items).not.toHaveProperty(chunks.at(-1) as string);
  });

  it('refuses to write a copy beyond the total quota, and keeps working locally', async () => {
    const huge: PeopleList = {
      people: Array.from({ length: 400 }, (_, i) => ({
        ...person(`p${i}`, `P${i}`, [profile(`f${i}`, `h${i}`)]),
        note: 'n'.repeat(300),
      })),
    };
    await saveList(huge);
    await updateSettings({ sync: true });
    expect(await syncNow(T)).toBe('too-large');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect((await getList()).people).toHaveLength(400);
  });

  it('ignores a damaged or foreign synced copy instead of failing', async () => {
    await fakeBrowser.storage.sync.set({
      syncMeta: { v: 1, n: 1 },
      syncDoc0: '{"e": {"person:x": {"t": 1, "d": "z", "v": {"label": 5}}}}',
    });
    await saveList({ people: [person('p1', 'Alex', [])] });
    await updateSettings({ sync: true });
    expect(await syncNow(T)).toBe('synced');
    expect((await getList()).people.map((p) => p.id)).toEqual(['p1']);
    await fakeBrowser.storage.sync.set({ syncDoc0: '{"e": tru' });
    expect(await readRemote(T)).toEqual({ e: {} } satisfies SyncDoc);
  });

  it('runs by itself after a local change when started', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await updateSettings({ sync: true });
      const stop = startSync(() => undefined);
      await saveList({ people: [person('p1', 'Alex', [])] });
      await vi.advanceTimersByTimeAsync(2_500);
      for (let i = 0; i < 100 && !(await readRemote()).e['person:p1']; i++)
        await vi.advanceTimersByTimeAsync(100);
      expect((await readRemote()).e['person:p1']).toBeDefined();
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('chunkText', () => {
  it('reassembles exactly, including escapes and characters outside the BMP', () => {
    const text = `${'a"\\\n'.repeat(3000)}${'🙂é'.repeat(4000)}`;
    const chunks = chunkText(text);
    expect(Object.values(chunks).join('')).toBe(text);
    for (const [key, value] of Object.entries(chunks)) {
      expect(key.length + new TextEncoder().encode(JSON.stringify(value)).length).toBeLessThanOrEqual(8192);
    }
  });

  it('lays out an empty copy in two small items', () => {
    expect(Object.keys(layoutDoc({ e: {} }) ?? {})).toEqual(['syncMeta', 'syncDoc0']);
  });
});

describe('status', () => {
  it('remembers how the last round went', async () => {
    expect(await getSyncStatus()).toBeNull();
    await updateSettings({ sync: true });
    await syncNow(T);
    expect(await getSyncStatus()).toEqual({ status: 'synced', at: T });
  });
});
