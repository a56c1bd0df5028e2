/**
 * Schema upgrades and connection lifecycle of utils/db.ts. Old versions are seeded with the
 * raw IndexedDB API exactly as that version created them, then reopened through db.ts.
 */
import { forceCloseDatabase } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  addEvent,
  addReflection,
  countPausesPerDay,
  DB_NAME,
  DB_VERSION,
  listEvents,
  listRecentReflections,
  listStreakEvents,
  readStreakDigest,
} from '../../utils/db';
import { dayCountsOf } from '../../utils/db-summary';
import { userTimeZone } from '../../utils/local-day';
import type { Reflection, StoredEvent } from '../../utils/model';

const T0 = Date.UTC(2024, 0, 1);

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Creates the database exactly as an older schema did, with `events` and `reflections`
 * stored: v1 (events by time and by type and time; reflections by creation), or v2 (v1 plus
 * the sparse streak index, whose field only streak-shaping events carry), or v3 (v2 plus the
 * summary store, holding the summaries v3 kept: `summaries`).
 */
async function seedVersion(
  version: 1 | 2 | 3,
  events: StoredEvent[],
  reflections: Reflection[],
  summaries: Record<string, unknown> = {},
): Promise<void> {
  const open = indexedDB.open(DB_NAME, version);
  open.onupgradeneeded = () => {
    const db = open.result;
    const store = db.createObjectStore('events', { keyPath: 'id' });
    store.createIndex('at', 'at');
    store.createIndex('type-at', ['type', 'at']);
    if (version >= 2) store.createIndex('streak', 'streakAt');
    db.createObjectStore('reflections', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
    if (version >= 3) db.createObjectStore('summary');
  };
  const db = await request(open);
  const tx = db.transaction(
    version >= 3 ? ['events', 'reflections', 'summary'] : ['events', 'reflections'],
    'readwrite',
  );
  for (const [key, value] of Object.entries(summaries)) tx.objectStore('summary').put(value, key);
  const shapes = (e: StoredEvent) =>
    e.type === 'contact-logged' ||
    e.type === 'start-date-set' ||
    (e.type === 'continued' && e.countsAsContact);
  for (const e of events)
    tx.objectStore('events').put(version >= 2 && shapes(e) ? { ...e, streakAt: e.at } : e);
  for (const r of reflections) tx.objectStore('reflections').put(r);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const seedV1 = (events: StoredEvent[], reflections: Reflection[]) => seedVersion(1, events, reflections);
const seedV2 = (events: StoredEvent[], reflections: Reflection[]) => seedVersion(2, events, reflections);

async function storeNames(): Promise<string[]> {
  const db = await request(indexedDB.open(DB_NAME));
  const names = [...db.objectStoreNames];
  db.close();
  return names.sort();
}

async function indexNames(): Promise<string[]> {
  const db = await request(indexedDB.open(DB_NAME));
  const names = [...db.transaction('events').objectStore('events').indexNames];
  db.close();
  return names.sort();
}

const v1Events: StoredEvent[] = [
  { id: 'a', type: 'paused', at: T0 },
  { id: 'b', type: 'continued', at: T0 + 1, countsAsContact: false },
  { id: 'c', type: 'continued', at: T0 + 2, countsAsContact: true },
  { id: 'd', type: 'contact-logged', at: T0 + 3, kind: 'they-reached-out-i-replied' },
  { id: 'e', type: 'start-date-set', at: T0 - 1, startDate: T0 - 10 },
];
const v1Reflection: Reflection = { id: 'r', text: 'kept', source: 'pause', createdAt: T0, updatedAt: T0 };

describe('schema upgrades', () => {
  it('creates the current schema from nothing (version 0)', async () => {
    await addEvent({ type: 'paused', at: T0 });
    expect(await indexNames()).toEqual(['at', 'streak', 'type-at']);
    expect(await storeNames()).toEqual(['events', 'reflections', 'summary']);
    const db = await request(indexedDB.open(DB_NAME));
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('upgrades v1 to the current version, keeping every record and indexing streak events', async () => {
    await seedV1(v1Events, [v1Reflection]);
    expect(await listStreakEvents()).toEqual([
      { type: 'start-date-set', at: T0 - 1, startDate: T0 - 10 },
      { type: 'continued', at: T0 + 2, countsAsContact: true },
      { type: 'contact-logged', at: T0 + 3 },
    ]);
    expect(await listEvents()).toEqual([...v1Events].sort((x, y) => x.at - y.at));
    expect(await listRecentReflections(5)).toEqual([v1Reflection]);
    expect(await indexNames()).toEqual(['at', 'streak', 'type-at']);
  });

  it('upgrades v2 to the current version, building the popup summaries from the stored records', async () => {
    const later: Reflection[] = [2, 3, 4, 5, 6, 7].map((i) => ({
      ...v1Reflection,
      id: `r${i}`,
      createdAt: T0 + i,
    }));
    await seedV2(v1Events, [v1Reflection, ...later]);
    const zone = userTimeZone();
    const reads = [vi.spyOn(IDBIndex.prototype, 'getAll'), vi.spyOn(IDBIndex.prototype, 'count')];
    // The first call opens (and upgrades) the database; after it, answers come from the summary.
    expect((await listEvents()).length).toBe(v1Events.length);
    for (const read of reads) read.mockClear();
    // v1Events: start date T0 - 10, contact (continuing that counted) at T0 + 2, then at T0 + 3.
    expect(await readStreakDigest()).toMatchObject({ startDate: T0 - 10, since: T0 + 3, asOf: T0 + 3 });
    expect((await listRecentReflections(3)).map((r) => r.id)).toEqual(['r7', 'r6', 'r5']);
    const days = await countPausesPerDay(1, T0, zone);
    expect(days.map((d) => d.count)).toEqual([1]);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    expect(await storeNames()).toEqual(['events', 'reflections', 'summary']);
  });

  it('upgrades v3 to the current version, keeping the last days of counts in a record of their own', async () => {
    const zone = userTimeZone();
    // v3's summaries, as it kept them: years of days in one record.
    const pauses: StoredEvent[] = Array.from({ length: 400 }, (_, i) => ({
      id: `p${i}`,
      type: 'paused',
      at: T0 - i * 86_400_000,
    }));
    await seedVersion(3, pauses, [v1Reflection], {
      'recent-reflections': [v1Reflection],
      'streak-digest': null,
      'day-counts': dayCountsOf(pauses, zone),
    });
    expect((await listEvents()).length).toBe(400);
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    const days = await countPausesPerDay(14, T0, zone);
    expect(days.map((d) => d.count)).toEqual(Array(14).fill(1));
    expect(gets.mock.calls.map(([key]) => key)).toEqual(['recent-days']);
    gets.mockClear();
    // Older days than the recent record holds: still every one, from v3's record.
    expect((await countPausesPerDay(60, T0, zone)).map((d) => d.count)).toEqual(Array(60).fill(1));
    expect(gets.mock.calls.map(([key]) => key)).toEqual(['recent-days', 'day-counts']);
    gets.mockRestore();
    expect(await listRecentReflections(3)).toEqual([v1Reflection]);
  });

  it('upgrades a v3 database whose counts were never written, counting them from the records', async () => {
    await seedVersion(3, v1Events, []);
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    const count = vi.spyOn(IDBIndex.prototype, 'count');
    expect((await countPausesPerDay(1, T0, userTimeZone())).map((d) => d.count)).toEqual([1]);
    expect(count).not.toHaveBeenCalled();
    expect(gets.mock.calls.map(([key]) => key)).toContain('recent-days');
    gets.mockRestore();
    count.mockRestore();
  });

  it('upgrades an empty v1 database', async () => {
    await seedV1([], []);
    expect(await listStreakEvents()).toEqual([]);
    await addEvent({ type: 'contact-logged', at: T0, kind: 'we-talked' });
    expect(await listStreakEvents()).toHaveLength(1);
  });
});

describe('connection lifecycle', () => {
  it('waits while an older page holds v1 open, then upgrades once it steps aside', async () => {
    await seedV1(v1Events, []);
    const old = await request(indexedDB.open(DB_NAME, 1));
    let asked = false;
    old.onversionchange = () => {
      asked = true;
      setTimeout(() => old.close(), 20); // an older page finishing its work first
    };
    expect(await listStreakEvents()).toEqual([
      { type: 'start-date-set', at: T0 - 1, startDate: T0 - 10 },
      { type: 'continued', at: T0 + 2, countsAsContact: true },
      { type: 'contact-logged', at: T0 + 3 },
    ]);
    expect(asked).toBe(true);
  });

  it('steps aside when another context deletes the database, then reopens', async () => {
    await addEvent({ id: 'before', type: 'paused', at: T0 });
    // Would stay "blocked" forever if our open connection did not close on versionchange.
    await request(indexedDB.deleteDatabase(DB_NAME));
    await addEvent({ id: 'after', type: 'paused', at: T0 });
    expect((await listEvents()).map((e) => e.id)).toEqual(['after']);
  });

  it('lets a newer version upgrade while this connection is open', async () => {
    await addReflection({ text: 'hello', source: 'popup' });
    const newer = await request(indexedDB.open(DB_NAME, DB_VERSION + 1));
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
  });

  it('reopens after the browser terminated the connection', async () => {
    const realOpen = indexedDB.open.bind(indexedDB);
    const connections: IDBDatabase[] = [];
    vi.spyOn(indexedDB, 'open').mockImplementation((name: string, version?: number) => {
      const req = realOpen(name, version);
      req.addEventListener('success', () => connections.push(req.result));
      return req;
    });
    await addEvent({ id: 'one', type: 'paused', at: T0 });
    expect(connections).toHaveLength(1);
    // fake-indexeddb types this parameter as its class, though it takes a connection.
    forceCloseDatabase(connections[0] as never);
    await addEvent({ id: 'two', type: 'paused', at: T0 + 1 });
    expect(connections).toHaveLength(2);
    expect((await listEvents()).map((e) => e.id)).toEqual(['one', 'two']);
  });

  it('reopens when the connection was closed between calls', async () => {
    const realOpen = indexedDB.open.bind(indexedDB);
    const connections: IDBDatabase[] = [];
    vi.spyOn(indexedDB, 'open').mockImplementation((name: string, version?: number) => {
      const req = realOpen(name, version);
      req.addEventListener('success', () => connections.push(req.result));
      return req;
    });
    await addEvent({ id: 'one', type: 'paused', at: T0 });
    connections[0]?.close(); // closed without any event: the next transaction() throws InvalidStateError
    await addEvent({ id: 'two', type: 'paused', at: T0 + 1 });
    expect((await listEvents()).map((e) => e.id)).toEqual(['one', 'two']);
  });
});
