import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readKeys, removeKeys, storedItem, watchKey, writeKeys } from '../../utils/storage-item';

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

const addOne = (old: unknown) => ({ ...(old as object), added: true });

describe('a stored item', () => {
  it('stores its value raw under its key, and null removes it', async () => {
    const item = storedItem<{ a: number }>('plain');
    expect(await item.get()).toBeNull();
    await item.set({ a: 1 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ plain: { a: 1 } });
    await item.set(null);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('uses the area it is given', async () => {
    const item = storedItem<string>('inSync', { area: 'sync' });
    await item.set('x');
    expect(await fakeBrowser.storage.sync.get('inSync')).toEqual({ inSync: 'x' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('migrates an unversioned value (v1) step by step and records the version in `<key>$`', async () => {
    await fakeBrowser.storage.local.set({ thing: { name: 'a' } });
    const item = storedItem<Record<string, unknown>>('thing', {
      version: 3,
      migrations: { 2: addOne, 3: (old) => ({ ...(old as object), third: 3 }) },
    });
    expect(await item.get()).toEqual({ name: 'a', added: true, third: 3 });
    expect(await fakeBrowser.storage.local.get('thing$')).toEqual({ thing$: { v: 3 } });
  });

  it('runs only the steps after the stored version, keeping other meta fields', async () => {
    await fakeBrowser.storage.local.set({ later: { name: 'b' }, later$: { v: 2, other: 'kept' } });
    const first = vi.fn(addOne);
    const item = storedItem('later', { version: 3, migrations: { 2: first, 3: addOne } });
    await item.ready();
    expect(first).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(['later', 'later$'])).toEqual({
      later: { name: 'b', added: true },
      later$: { v: 3, other: 'kept' },
    });
  });

  it('leaves a missing value alone and writes no version for it', async () => {
    const step = vi.fn(addOne);
    const item = storedItem('absent', { version: 2, migrations: { 2: step } });
    await item.ready();
    expect(step).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('never rewrites a value stored by a newer version, and still reads it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ newer: { shape: 'v9' }, newer$: { v: 9 } });
    const item = storedItem('newer', { version: 2, migrations: { 2: addOne } });
    expect(await item.get()).toEqual({ shape: 'v9' });
    expect(await fakeBrowser.storage.local.get('newer$')).toEqual({ newer$: { v: 9 } });
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('keeps the old value when a migration step fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ broken: { name: 'c' } });
    const item = storedItem('broken', {
      version: 2,
      migrations: {
        2: () => {
          throw new Error('cannot read');
        },
      },
    });
    expect(await item.get()).toEqual({ name: 'c' });
    expect(await fakeBrowser.storage.local.get('broken$')).toEqual({});
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('makes writes wait for the start-up migration, so the migration cannot overwrite them', async () => {
    await fakeBrowser.storage.local.set({ race: { name: 'old' } });
    const item = storedItem('race', { version: 2, migrations: { 2: addOne } });
    await item.set({ name: 'new' });
    expect(await item.get()).toEqual({ name: 'new' });
  });

  it('tells watchers about real changes and removals, not about rewriting the same value', async () => {
    const item = storedItem<{ n: number }>('watched');
    const seen = vi.fn();
    const unwatch = item.watch(seen);
    await item.set({ n: 1 });
    await item.set({ n: 1 });
    await item.set(null);
    await eventually(() => expect(seen.mock.calls).toEqual([[{ n: 1 }], [null]]));
    unwatch();
    await item.set({ n: 2 });
    expect(seen).toHaveBeenCalledTimes(2);
  });
});

describe('raw keys', () => {
  it('read, write and remove several keys of one area at once', async () => {
    await writeKeys('local', { a: 1, b: 2, c: 3 });
    expect(await readKeys('local', ['a', 'c', 'missing'])).toEqual({ a: 1, c: 3 });
    expect(await readKeys('local', [])).toEqual({});
    await removeKeys('local', ['a', 'b']);
    await removeKeys('local', []);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ c: 3 });
  });

  it('are watched in their own area only', async () => {
    const seen = vi.fn();
    const unwatch = watchKey('sync', 'k', seen);
    await writeKeys('local', { k: 'local value' });
    await writeKeys('sync', { k: 'sync value' });
    await eventually(() => expect(seen).toHaveBeenCalledWith('sync value'));
    expect(seen).toHaveBeenCalledOnce();
    unwatch();
  });
});
