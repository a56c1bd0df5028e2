/**
 * Events and reflections in IndexedDB: the only module that imports idb. Everything the
 * rest of the extension needs is a task-named function; no caller sees a handle.
 *
 * Durability: every write resolves only after its transaction committed (`tx.done`), so a
 * service worker stopped right after a resolved write loses nothing.
 *
 * Kept in one file (longer than most) because the schema, its upgrades and the queries
 * that depend on its indexes must change together.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import {
  addToDay,
  COUNTED_TYPES,
  type CountedType,
  countsFromSummary,
  type DayCounts,
  dayCountsOf,
  isCounted,
  labelDays,
  lastLocalDays,
  RECENT_KEPT,
  type RecentDayCounts,
  recentDaysOf,
  type StreakEvent,
  type Summaries,
  toStreakEvent,
} from './db-summary';
import { newId } from './ids';
import { startOfLocalDay, userTimeZone } from './local-day';
import type { EventType, Reflection, ReflectionSource, StoredEvent } from './model';
import { checkMood, checkReflectionText, foldForSearch, ReflectionError } from './reflection-text';
import { breaksStreak } from './streak';
import { digestStreak, type StreakDigest } from './streak-digest';

/** Database name, in the extension's own origin. */
export const DB_NAME = 'breathing-room';
/** Current schema version; see `upgrade` for what each version added. */
export const DB_VERSION = 4;

/** An event as stored: `streakAt` (= at) is set only on events that shape streaks. */
type EventRecord = StoredEvent & { streakAt?: number };

interface Schema extends DBSchema {
  events: {
    key: string;
    value: EventRecord;
    indexes: { at: number; 'type-at': [string, number]; streak: number };
  };
  reflections: { key: string; value: Reflection; indexes: { createdAt: number } };
  /** Ready answers for the popup (utils/db-summary.ts), kept in step with every write. */
  summary: { key: keyof Summaries; value: Summaries[keyof Summaries] };
}

type Db = IDBPDatabase<Schema>;
type Store = 'events' | 'reflections' | 'summary';
type UpgradeTx = IDBPTransaction<Schema, Store[], 'versionchange'>;
/** Every store: writes that summaries depend on take them all, so one transaction type serves. */
const ALL_STORES: Store[] = ['events', 'reflections', 'summary'];
/** A read-write transaction over every store, in which summaries are kept in step. */
type WriteTx = IDBPTransaction<Schema, Store[], 'readwrite'>;

/** Whether an event belongs in the sparse `streak` index. */
function shapesStreak(e: StoredEvent): boolean {
  return breaksStreak(e) || e.type === 'start-date-set';
}

function toRecord(e: StoredEvent): EventRecord {
  return shapesStreak(e) ? { ...e, streakAt: e.at } : e;
}

function fromRecord(r: EventRecord): StoredEvent {
  if (r.streakAt === undefined) return r;
  const { streakAt: _, ...event } = r;
  return event as StoredEvent;
}

/** Cumulative steps: a database at any older version walks every step after it. */
async function upgrade(db: Db, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('at', 'at');
    events.createIndex('type-at', ['type', 'at']);
    db.createObjectStore('reflections', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
  }
  if (oldVersion < 2) {
    // v2: a sparse index of the few events that shape streaks, so the popup reads tens of
    // records instead of every `continued` (most of which do not count as contact).
    const events = tx.objectStore('events');
    events.createIndex('streak', 'streakAt');
    let cursor = await events.openCursor();
    while (cursor) {
      if (shapesStreak(cursor.value) && cursor.value.streakAt === undefined)
        await cursor.update(toRecord(cursor.value));
      cursor = await cursor.continue();
    }
  }
  if (oldVersion < 3) {
    // v3: the popup's answers kept ready, so years of history cost it a few small reads.
    db.createObjectStore('summary');
    // A versionchange transaction can do all a read-write one can, over every store.
    await rebuildSummaries(tx as unknown as WriteTx);
  } else if (oldVersion < 4) {
    // v4: the last days of counts in a record of their own, so the popup reads a few hundred
    // bytes instead of years of days. (From v2 or older, the rebuild above wrote it.)
    const summary = tx.objectStore('summary');
    const days = (await summary.get('day-counts')) as DayCounts | undefined;
    if (days) await summary.put(recentDaysOf(days), 'recent-days');
    else await rebuildSummaries(tx as unknown as WriteTx);
  }
}

// ---- Summaries (what the popup reads; see utils/db-summary.ts) ---------------------------

/** The newest reflections, newest first, read from the index. */
async function newestReflections(tx: WriteTx, limit: number): Promise<Reflection[]> {
  const out: Reflection[] = [];
  let cursor = await tx.objectStore('reflections').index('createdAt').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** Rewrites the newest reflections after a change to reflections, in the same transaction. */
async function refreshRecentReflections(tx: WriteTx): Promise<void> {
  await tx.objectStore('summary').put(await newestReflections(tx, RECENT_KEPT), 'recent-reflections');
}

/** Counts per day of every counted event, in `timeZone`, from the index. */
async function countAllDays(tx: WriteTx, timeZone: string): Promise<DayCounts> {
  const index = tx.objectStore('events').index('type-at');
  const lists = await Promise.all(COUNTED_TYPES.map((type) => index.getAll(typeRange(type))));
  return dayCountsOf(lists.flat(), timeZone);
}

/** Stores the counts per day, and their last days in their own record. */
async function putDayCounts(tx: WriteTx, days: DayCounts): Promise<void> {
  const summary = tx.objectStore('summary');
  await Promise.all([summary.put(days, 'day-counts'), summary.put(recentDaysOf(days), 'recent-days')]);
}

/** Rebuilds every summary from the records (after an import, a replace, or an upgrade). */
async function rebuildSummaries(tx: WriteTx): Promise<void> {
  const [days] = await Promise.all([
    countAllDays(tx, userTimeZone()),
    refreshDigest(tx),
    refreshRecentReflections(tx),
  ]);
  await putDayCounts(tx, days);
}

/** Recomputes the streak digest from the (few) streak events, in the same transaction. */
async function refreshDigest(tx: WriteTx): Promise<void> {
  const streak = (await tx.objectStore('events').index('streak').getAll()).map(toStreakEvent);
  await tx.objectStore('summary').put(digestStreak(streak, userTimeZone()), 'streak-digest');
}

/** Brings the summaries up to date with one new event, in the transaction that stores it. */
async function summariseEvent(tx: WriteTx, event: StoredEvent): Promise<void> {
  const summary = tx.objectStore('summary');
  if (isCounted(event.type)) {
    const timeZone = userTimeZone();
    const stored = (await summary.get('day-counts')) as DayCounts | undefined;
    // Another zone (the user travelled): recount every day in the new one.
    const days = stored?.timeZone === timeZone ? stored : await countAllDays(tx, timeZone);
    if (days === stored) addToDay(days, event.type as CountedType, event.at);
    await putDayCounts(tx, days);
  }
  // Read after the event was written (same transaction), so the digest includes it.
  if (shapesStreak(event)) await refreshDigest(tx);
}

let cache: { factory: IDBFactory; db: Promise<Db> } | null = null;

function open(): Promise<Db> {
  const opening = openDB<Schema>(DB_NAME, DB_VERSION, {
    // A failed step aborts the upgrade: the database stays at its old version, data intact.
    upgrade: (db, oldVersion, _newVersion, tx) => void upgrade(db, oldVersion, tx).catch(() => tx.abort()),
    // An older connection elsewhere is still open: its own `blocking` handler closes it, and
    // this open then continues by itself. Nothing to undo here; the caller simply waits.
    blocked: () => undefined,
    // Another context (a newer version, or "delete everything") needs the database:
    // step aside; the next call here reopens it.
    blocking: (_current, _blocked, event) => {
      (event.target as IDBDatabase).close();
      forget(opening);
    },
    // The browser closed the connection abnormally (storage cleared, disk error): reopen next time.
    terminated: () => forget(opening),
  });
  opening.catch(() => forget(opening));
  return opening;
}

function forget(db: Promise<Db>): void {
  if (cache?.db === db) cache = null;
}

/** The open database, opened on first use (and again after it was closed). */
function getDb(): Promise<Db> {
  // Keyed by the factory, so a fresh IndexedDB (tests swap it) is never served a stale handle.
  if (!cache || cache.factory !== indexedDB) cache = { factory: indexedDB, db: open() };
  return cache.db;
}

/** Runs `fn` with the database, reopening once if the connection was closed under us. */
async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await getDb();
  try {
    return await fn(db);
  } catch (error) {
    // By name, not instanceof: DOMException may come from another realm.
    if ((error as { name?: unknown } | null)?.name !== 'InvalidStateError') throw error;
    const current = cache?.db;
    if (current) forget(current);
    return fn(await getDb());
  }
}

/** Closes the connection (tests, and before deleting the database). */
export async function closeDb(): Promise<void> {
  const current = cache;
  cache = null;
  if (current) (await current.db.catch(() => null))?.close();
}

// ---- Events ------------------------------------------------------------------------------

/** Drops undefined fields, so a stored record round-trips through JSON unchanged. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** An event to add; the id is generated unless given (imports keep theirs). */
export type NewEvent = StoredEvent extends infer E
  ? E extends StoredEvent
    ? Omit<E, 'id'> & { id?: string }
    : never
  : never;

/** Stores an event; resolves once it is committed. */
export async function addEvent(event: NewEvent): Promise<StoredEvent> {
  const stored = compact({ ...event, id: event.id ?? newId() }) as StoredEvent;
  await withDb(async (db) => {
    const tx = db.transaction(ALL_STORES, 'readwrite');
    await Promise.all([tx.objectStore('events').put(toRecord(stored)), summariseEvent(tx, stored), tx.done]);
  });
  return stored;
}

function timeRange(from = -Infinity, to = Infinity): IDBKeyRange {
  return IDBKeyRange.bound(from, to, false, to !== Infinity);
}

function typeRange(type: EventType, from = -Infinity, to = Infinity): IDBKeyRange {
  return IDBKeyRange.bound([type, from], [type, to], false, to !== Infinity);
}

/** Events with `from <= at < to`, oldest first, optionally only some types. */
export async function listEvents(
  opts: { from?: number; to?: number; types?: EventType[] } = {},
): Promise<StoredEvent[]> {
  const { from, to, types } = opts;
  return withDb(async (db) => {
    const tx = db.transaction('events');
    if (!types) return (await tx.store.index('at').getAll(timeRange(from, to))).map(fromRecord);
    const index = tx.store.index('type-at');
    const lists = await Promise.all(
      [...new Set(types)].map((type) => index.getAll(typeRange(type, from, to))),
    );
    return lists
      .flat()
      .sort((a, b) => a.at - b.at)
      .map(fromRecord);
  });
}

/** How many events of `type` happened with `from <= at < to`. */
export async function countEvents(type: EventType, from: number, to: number): Promise<number> {
  return withDb((db) => db.countFromIndex('events', 'type-at', typeRange(type, from, to)));
}

/**
 * Events of a counted type (pauses, turning back) on each of the last `days` local days
 * (today last), from the summaries in the user's zone: the recent days' small record when it
 * holds them all (`recent`, when the caller has read it already: then no transaction at all),
 * else the whole history's; in any other zone, counted on the index.
 */
export async function countPerDay(
  type: CountedType,
  days: number,
  now: number,
  timeZone: string,
  recent?: RecentDayCounts,
): Promise<{ day: string; count: number }[]> {
  const dayNumbers = lastLocalDays(days, now, timeZone);
  const ready = countsFromSummary(recent, type, dayNumbers, timeZone);
  if (ready) return labelDays(dayNumbers, ready);
  return withDb(async (db) => {
    const tx = db.transaction(['events', 'summary']);
    const summary = tx.objectStore('summary');
    const stored = (await summary.get('recent-days')) as RecentDayCounts | undefined;
    const counts =
      countsFromSummary(stored, type, dayNumbers, timeZone) ??
      countsFromSummary(
        (await summary.get('day-counts')) as DayCounts | undefined,
        type,
        dayNumbers,
        timeZone,
      ) ??
      (await countOnIndex(tx.objectStore('events').index('type-at'), type, dayNumbers, timeZone));
    return labelDays(dayNumbers, counts);
  });
}

/** Counts per local day on the type-at index (a count per day, no record read). */
function countOnIndex(
  index: { count(range: IDBKeyRange): Promise<number> },
  type: CountedType,
  dayNumbers: number[],
  timeZone: string,
): Promise<number[]> {
  const bounds = [...dayNumbers, (dayNumbers.at(-1) ?? 0) + 1].map((d) => startOfLocalDay(d, timeZone));
  return Promise.all(dayNumbers.map((_, i) => index.count(typeRange(type, bounds[i], bounds[i + 1]))));
}

/** Pauses on each of the last `days` local days, today last (see countPerDay). */
export function countPausesPerDay(
  days: number,
  now: number,
  timeZone: string,
): Promise<{ day: string; count: number }[]> {
  return countPerDay('paused', days, now, timeZone);
}

/** The streak's past as last computed (utils/streak-digest.ts), or null when there is none. */
export async function readStreakDigest(): Promise<StreakDigest | null> {
  return withDb(
    async (db) => ((await db.get('summary', 'streak-digest')) as StreakDigest | null | undefined) ?? null,
  );
}

/** The popup's summaries, as stored (undefined where none is). */
export interface PopupSummaries {
  reflections?: Reflection[];
  days?: RecentDayCounts;
  digest?: StreakDigest | null;
}

/**
 * The newest reflections, the recent days' counts and the streak digest in one transaction:
 * what the popup shows, in one round trip however long the history.
 */
export async function readPopupSummaries(): Promise<PopupSummaries> {
  return withDb(async (db) => {
    const store = db.transaction('summary').store;
    const [reflections, days, digest] = await Promise.all([
      store.get('recent-reflections'),
      store.get('recent-days'),
      store.get('streak-digest'),
    ]);
    return {
      reflections: reflections as Reflection[] | undefined,
      days: days as RecentDayCounts | undefined,
      digest: digest as StreakDigest | null | undefined,
    };
  });
}

/**
 * Only what shapes streaks (contact, continuing when it counted, start dates), oldest first,
 * with just the fields computeStreak reads, from the sparse index.
 */
export async function listStreakEvents(): Promise<StreakEvent[]> {
  return withDb(async (db) => (await db.getAllFromIndex('events', 'streak')).map(toStreakEvent));
}

// ---- Reflections ---------------------------------------------------------------------------

/** What a new reflection carries; text is trimmed and must be 1–10,000 characters. */
export interface NewReflection {
  text: string;
  mood?: 1 | 2 | 3 | 4 | 5;
  prompt?: string;
  source: ReflectionSource;
  personId?: string;
  pauseId?: string;
}

/** Saves a reflection; throws a ReflectionError (calm i18n text) for empty or overlong text. */
export async function addReflection(input: NewReflection): Promise<Reflection> {
  const now = Date.now();
  const reflection: Reflection = compact({
    id: newId(),
    text: checkReflectionText(input.text),
    mood: checkMood(input.mood),
    prompt: input.prompt,
    source: input.source,
    personId: input.personId,
    pauseId: input.pauseId,
    createdAt: now,
    updatedAt: now,
  });
  await withDb(async (db) => {
    const tx = db.transaction(ALL_STORES, 'readwrite');
    await Promise.all([tx.objectStore('reflections').add(reflection), refreshRecentReflections(tx), tx.done]);
  });
  return reflection;
}

/** The newest `limit` reflections, newest first: from the summary when it keeps that many. */
export async function listRecentReflections(limit: number): Promise<Reflection[]> {
  if (limit > RECENT_KEPT) return listReflections({ limit });
  const ready = await withDb(
    async (db) => (await db.get('summary', 'recent-reflections')) as Reflection[] | undefined,
  );
  return ready ? ready.slice(0, Math.max(0, limit)) : listReflections({ limit });
}

/**
 * Reflections newest first; with `query`, only those whose text contains it, ignoring case
 * and diacritics. `offset` and `limit` page through the (matching) results.
 */
export async function listReflections(
  opts: { query?: string; offset?: number; limit?: number } = {},
): Promise<Reflection[]> {
  const needle = foldForSearch(opts.query?.trim() ?? '');
  const limit = opts.limit ?? Infinity;
  let skip = Math.max(0, opts.offset ?? 0);
  if (limit <= 0) return [];
  return withDb(async (db) => {
    const out: Reflection[] = [];
    let cursor = await db.transaction('reflections').store.index('createdAt').openCursor(null, 'prev');
    if (cursor && !needle && skip > 0) {
      cursor = await cursor.advance(skip);
      skip = 0;
    }
    while (cursor && out.length < limit) {
      if (!needle || foldForSearch(cursor.value.text).includes(needle)) {
        if (skip > 0) skip--;
        else out.push(cursor.value);
      }
      cursor = await cursor.continue();
    }
    return out;
  });
}

/** Edits a reflection's text or mood (`mood: null` clears it); resolves with the saved version. */
export async function updateReflection(
  id: string,
  patch: { text?: string; mood?: 1 | 2 | 3 | 4 | 5 | null },
): Promise<Reflection> {
  const text = patch.text === undefined ? undefined : checkReflectionText(patch.text);
  const mood = patch.mood === undefined ? undefined : checkMood(patch.mood);
  return withDb(async (db) => {
    const tx = db.transaction(ALL_STORES, 'readwrite');
    const store = tx.objectStore('reflections');
    const existing = await store.get(id);
    if (!existing) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new ReflectionError('data_reflectionMissing');
    }
    const next: Reflection = { ...existing, text: text ?? existing.text, updatedAt: Date.now() };
    if (patch.mood === null) delete next.mood;
    else if (mood !== undefined) next.mood = mood;
    await Promise.all([store.put(next), refreshRecentReflections(tx), tx.done]);
    return next;
  });
}

/** Deletes one reflection; resolves once committed. Deleting a missing id is not an error. */
export async function deleteReflection(id: string): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(ALL_STORES, 'readwrite');
    await Promise.all([tx.objectStore('reflections').delete(id), refreshRecentReflections(tx), tx.done]);
  });
}

// ---- Whole-database operations (backup, delete everything) ----------------------------------

/** Every stored record, in a stable order (events by time, reflections by creation). */
export interface Records {
  events: StoredEvent[];
  reflections: Reflection[];
}

/** Reads everything, in one transaction so events and reflections are a consistent pair. */
export async function exportRecords(): Promise<Records> {
  return withDb(async (db) => {
    const tx = db.transaction(['events', 'reflections']);
    const [events, reflections] = await Promise.all([
      tx.objectStore('events').index('at').getAll(),
      tx.objectStore('reflections').index('createdAt').getAll(),
    ]);
    return { events: events.map(fromRecord), reflections };
  });
}

/**
 * Writes many records in ONE transaction over both stores: either all land or none do.
 * `replace` empties both stores first. `merge` keeps what exists: an event already stored
 * (same id) stays as it is, since events never change; for a reflection stored on both
 * sides, the later `updatedAt` wins (ties keep the stored one).
 */
export async function importRecords(records: Records, mode: 'merge' | 'replace'): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(ALL_STORES, 'readwrite');
    const events = tx.objectStore('events');
    const reflections = tx.objectStore('reflections');
    let newEvents = records.events;
    let newReflections = records.reflections;
    if (mode === 'replace') {
      await Promise.all([events.clear(), reflections.clear()]);
    } else {
      const [eventIds, stored] = await Promise.all([events.getAllKeys(), reflections.getAll()]);
      const haveEvent = new Set(eventIds);
      const storedAt = new Map(stored.map((r) => [r.id, r.updatedAt]));
      newEvents = newEvents.filter((e) => !haveEvent.has(e.id));
      newReflections = newReflections.filter((r) => r.updatedAt > (storedAt.get(r.id) ?? -Infinity));
    }
    await putAll(tx, (queue) => {
      for (const e of newEvents) queue.push(events.put(toRecord(e)));
      for (const r of newReflections) queue.push(reflections.put(r));
      // Queued after the writes, so the summaries are built from what they wrote.
      queue.push(rebuildSummaries(tx));
    });
  });
}

/**
 * Queues every write at once and awaits them with the commit, so there is no gap in which
 * the transaction could commit half done. A write that throws while being queued (a record
 * without a valid key) aborts the whole transaction instead of letting the rest commit.
 */
async function putAll(
  tx: { abort(): void; done: Promise<void> },
  enqueue: (queue: Promise<unknown>[]) => void,
): Promise<void> {
  const queue: Promise<unknown>[] = [];
  try {
    enqueue(queue);
  } catch (error) {
    tx.abort();
    await Promise.allSettled([...queue, tx.done]);
    throw error;
  }
  await Promise.all([...queue, tx.done]);
}

/** Deletes every event and reflection (and their summaries), in one transaction. */
export async function clearAllData(): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(ALL_STORES, 'readwrite');
    await Promise.all([
      tx.objectStore('events').clear(),
      tx.objectStore('reflections').clear(),
      tx.objectStore('summary').clear(),
      rebuildSummaries(tx),
      tx.done,
    ]);
  });
}
