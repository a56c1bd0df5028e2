import { waitFor } from './poll';
import type { ExtBrowser } from './types';

type Items = Record<string, unknown>;

/** Writes keys into the extension's storage.local (e.g. `{ list: {...} }`). */
export async function seedStorage(browser: ExtBrowser, items: Items): Promise<void> {
  await browser.evalInExtension((api, values) => api.storage.local.set(values), items);
}

/** Reads storage.local (all keys, or the given ones). */
export function readStorage(browser: ExtBrowser, keys?: string[]): Promise<Items> {
  return browser.evalInExtension((api, wanted) => api.storage.local.get(wanted ?? null), keys ?? null);
}

/** Replaces all of storage.local with `items`. */
export async function restoreStorage(browser: ExtBrowser, items: Items): Promise<void> {
  await browser.evalInExtension(async (api, values) => {
    await api.storage.local.clear();
    await api.storage.local.set(values);
  }, items);
}

/**
 * storage.local once the freshly installed extension has settled: polled until two reads
 * 300 ms apart agree (the background may write defaults on install).
 */
export async function settledStorage(browser: ExtBrowser): Promise<Items> {
  let previous = '';
  return waitFor(
    async () => {
      const now = await readStorage(browser);
      const text = JSON.stringify(now);
      const stable = text === previous;
      previous = text;
      return stable ? now : undefined;
    },
    { timeoutMs: 10_000, intervalMs: 300, message: 'extension storage to settle after install' },
  );
}

/** Deletes every IndexedDB database of the extension origin (best effort, bounded: open connections can block it). */
export async function clearIndexedDb(browser: ExtBrowser): Promise<void> {
  await browser.evalInExtension(async () => {
    const dbs = await indexedDB.databases();
    await Promise.all(
      dbs.map(
        (db) =>
          new Promise<void>((resolve) => {
            if (!db.name) return resolve();
            const request = indexedDB.deleteDatabase(db.name);
            request.onsuccess = request.onerror = () => resolve();
            request.onblocked = () => setTimeout(resolve, 2000);
          }),
      ),
    );
  });
}
