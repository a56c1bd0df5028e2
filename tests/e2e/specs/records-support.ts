/**
 * Seeds events and reflections the way the previous version of Breathing Room (schema v2)
 * stored them, with raw IndexedDB. The extension's next open upgrades the database to the
 * current schema and builds its summaries, exactly as it does for a person who updates; so
 * the records need no knowledge of the current schema's summaries.
 */
import type { ExtBrowser } from '../harness';

/** Events and reflections in the shapes utils/db.ts stores (StoredEvent, Reflection). */
export interface SeedRecords {
  events: Record<string, unknown>[];
  reflections: Record<string, unknown>[];
}

/** Replaces every event and reflection with `data`, as a schema v2 database. */
export async function seedRecords(browser: ExtBrowser, data: SeedRecords): Promise<void> {
  await browser.evalInExtension(async (_api, seed: SeedRecords) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const shapesStreak = (e: Record<string, unknown>) =>
      e.type === 'contact-logged' ||
      e.type === 'start-date-set' ||
      (e.type === 'continued' && e.countsAsContact === true);
    // Open connections (the extension's pages, its worker) step aside when asked; a page
    // opening the current version in between makes this open fail, so try again (bounded).
    for (let attempt = 1; ; attempt++) {
      await request(indexedDB.deleteDatabase('breathing-room'));
      const open = indexedDB.open('breathing-room', 2);
      open.onupgradeneeded = () => {
        const events = open.result.createObjectStore('events', { keyPath: 'id' });
        events.createIndex('at', 'at');
        events.createIndex('type-at', ['type', 'at']);
        events.createIndex('streak', 'streakAt');
        open.result.createObjectStore('reflections', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      };
      const db = await request(open).catch((error: unknown) => {
        if (attempt >= 5) throw error;
        return null;
      });
      if (!db) continue;
      const tx = db.transaction(['events', 'reflections'], 'readwrite');
      for (const e of seed.events)
        tx.objectStore('events').put(shapesStreak(e) ? { ...e, streakAt: e.at } : e);
      for (const r of seed.reflections) tx.objectStore('reflections').put(r);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return;
    }
  }, data);
}
