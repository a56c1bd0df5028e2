/**
 * Optional mirror of the list and settings (never events or reflections) in storage.sync,
 * off until the user turns `settings.sync` on. Merges, never overwrites: see sync-doc.ts.
 *
 * storage.sync is small: each item at most 8,192 bytes (key + JSON value), 102,400 bytes
 * and 512 items in all, about 120 writes a minute. So the merged copy is stored as JSON
 * text cut into chunks under `syncDoc0…`, with `syncMeta` saying how many, all written in
 * ONE set() call (one write operation; readers never see half of it); local changes are
 * batched for a few seconds before a round runs.
 */

import * as v from 'valibot';
import { listSchemas } from './backup-schema';
import { newId } from './ids';
import type { Settings } from './model';
import {
  DEFAULT_SETTINGS,
  getList,
  getSettings,
  saveList,
  updateSettings,
  watchList,
  watchSettings,
} from './settings';
import { readKeys, removeKeys, storedItem, watchKey, writeKeys } from './storage-item';
import {
  entitiesOf,
  latestStamp,
  materialize,
  mergeDocs,
  type SyncDoc,
  stableJson,
  stampLocal,
} from './sync-doc';

/** storage.sync limits (the same in Chrome and Firefox). */
export const SYNC_QUOTA = { bytesPerItem: 8_192, bytes: 102_400, maxItems: 512 } as const;
// Room left for the quota's own rounding and any other extension data in sync.
const SAFETY_BYTES = 1_024;
const META_KEY = 'syncMeta';
const CHUNK_KEY = 'syncDoc';
const DEBOUNCE_MS = 2_000;

/** What a sync round did. */
export type SyncStatus = 'off' | 'synced' | 'too-large' | 'error';

const shadowItem = storedItem<SyncDoc>('syncShadow');
const statusItem = storedItem<{ status: SyncStatus; at: number }>('syncStatus');
const deviceItem = storedItem<string>('syncDevice');

// One at a time, so two rounds starting together never pick two different ids.
let deviceQueue: Promise<string> = Promise.resolve('');
/** This device's short id in stamps, made once and kept in storage.local. */
function deviceId(): Promise<string> {
  deviceQueue = deviceQueue
    .catch(() => '')
    .then(async () => {
      const stored = await deviceItem.get();
      if (stored) return stored;
      const made = newId().slice(0, 8);
      await deviceItem.set(made);
      return made;
    });
  return deviceQueue;
}

/** How many chunks the synced copy has, as its meta says (0 when there is none). */
async function remoteMeta(): Promise<{ n: number } | null> {
  return ((await readKeys('sync', [META_KEY]))[META_KEY] as { n: number } | undefined) ?? null;
}

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

/** Cuts `text` into pieces whose stored size (key + JSON string) fits one sync item. */
export function chunkText(text: string, key = (i: number) => `${CHUNK_KEY}${i}`): Record<string, string> {
  const out: Record<string, string> = {};
  let rest = text;
  for (let i = 0; rest.length > 0; i++) {
    const budget = SYNC_QUOTA.bytesPerItem - key(i).length;
    let size = Math.min(rest.length, budget);
    while (bytes(JSON.stringify(rest.slice(0, size))) > budget) size = Math.floor(size * 0.9);
    if (/[\uD800-\uDBFF]/.test(rest.charAt(size - 1)) && size < rest.length) size--; // never split a surrogate pair
    out[key(i)] = rest.slice(0, size);
    rest = rest.slice(size);
  }
  return out;
}

/** The sync items for a doc, or null when they would not fit the quota. */
export function layoutDoc(doc: SyncDoc): Record<string, unknown> | null {
  const chunks = chunkText(JSON.stringify(doc));
  // `at` changes with every write, so other devices' watchers always hear of a new copy.
  const meta = { v: 1, n: Object.keys(chunks).length, at: latestStamp(doc) };
  const items: Record<string, unknown> = { [META_KEY]: meta, ...chunks };
  const total = Object.entries(items).reduce(
    (sum, [key, value]) => sum + key.length + bytes(JSON.stringify(value)),
    0,
  );
  const count = Object.keys(items).length;
  return total <= SYNC_QUOTA.bytes - SAFETY_BYTES && count <= SYNC_QUOTA.maxItems ? items : null;
}

const docSchema = v.object({
  e: v.record(
    v.string(),
    v.object({ t: v.number(), d: v.string(), x: v.optional(v.literal(1)), v: v.optional(v.unknown()) }),
  ),
});

/** Drops entries another device wrote that this version cannot use, so they never reach the list. */
function keepValid(doc: SyncDoc, now: number): SyncDoc {
  const { profile, person, settings } = listSchemas(now);
  const personEntity = v.omit(person, ['profiles']);
  const profileEntity = v.object({ ...profile.entries, personId: v.string() });
  const check = (id: string, value: unknown): boolean => {
    if (id.startsWith('person:')) return v.is(personEntity, value);
    if (id.startsWith('profile:')) return v.is(profileEntity, value);
    const field = settings.entries[id.slice('setting:'.length) as keyof typeof settings.entries];
    return id.startsWith('setting:') && field !== undefined && v.is(field, value);
  };
  return {
    e: Object.fromEntries(Object.entries(doc.e).filter(([id, entry]) => entry.x || check(id, entry.v))),
  };
}

/** The synced copy as stored, or an empty one when there is none (or it is unreadable). */
export async function readRemote(now = Date.now()): Promise<SyncDoc> {
  const meta = await remoteMeta();
  if (!meta || !Number.isInteger(meta.n) || meta.n < 0 || meta.n > SYNC_QUOTA.maxItems) return { e: {} };
  const keys = Array.from({ length: meta.n }, (_, i) => `${CHUNK_KEY}${i}`);
  const chunks = await readKeys('sync', keys);
  try {
    const parsed = v.parse(docSchema, JSON.parse(keys.map((key) => String(chunks[key] ?? '')).join('')));
    return keepValid(parsed as SyncDoc, now);
  } catch {
    return { e: {} }; // written by something else, or damaged: our next write replaces it
  }
}

/** Writes a doc in one set() call and removes chunks left from a longer copy. */
export async function writeRemote(doc: SyncDoc): Promise<'synced' | 'too-large'> {
  const items = layoutDoc(doc);
  if (!items) return 'too-large';
  const old = await remoteMeta();
  await writeKeys('sync', items);
  const n = (items[META_KEY] as { n: number }).n;
  const stale = Array.from({ length: Math.max(0, (old?.n ?? 0) - n) }, (_, i) => `${CHUNK_KEY}${n + i}`);
  await removeKeys('sync', stale);
  return 'synced';
}

/** Changed settings fields, so applying sync never overwrites an unrelated local edit. */
function settingsPatch(before: Settings, after: Settings): Partial<Settings> {
  const keys = Object.keys(after) as (keyof Settings)[];
  return Object.fromEntries(
    keys.filter((k) => stableJson(before[k]) !== stableJson(after[k])).map((k) => [k, after[k]]),
  );
}

/** One round: stamp local changes, merge with the synced copy, write both sides. */
export async function syncNow(now = Date.now()): Promise<SyncStatus> {
  const settings = await getSettings();
  if (!settings.sync) return 'off';
  const [list, remote, shadow, device] = await Promise.all([
    getList(),
    readRemote(now),
    shadowItem.get(),
    deviceId(),
  ]);
  const stamp = { t: Math.max(now, latestStamp(remote, shadow ?? { e: {} }) + 1), d: device };
  // On a device's first round its untouched defaults must not override others' choices.
  const local = stampLocal(shadow ?? { e: {} }, entitiesOf(list, settings), {
    ...stamp,
    defaults: shadow ? undefined : DEFAULT_SETTINGS,
  });
  const merged = mergeDocs(local, remote, now);
  const status = stableJson(merged) === stableJson(remote) ? 'synced' : await writeRemote(merged);
  const next = materialize(merged, list, settings);
  await shadowItem.set(merged);
  // Apply only if nothing changed locally meanwhile; otherwise the next round merges that too.
  if (stableJson(next.list) !== stableJson(list) && stableJson(await getList()) === stableJson(list))
    await saveList(next.list);
  const patch = settingsPatch(settings, next.settings);
  if (Object.keys(patch).length > 0) await updateSettings(patch);
  await statusItem.set({ status, at: now });
  return status;
}

/**
 * How the last round went, for the settings page: `too-large` means the list exceeds what
 * browser sync holds (show t('data_syncTooLarge')); the list is still safe on this device.
 */
export async function getSyncStatus(): Promise<{ status: SyncStatus; at: number } | null> {
  return statusItem.get();
}

/** Removes the synced copy and this device's sync state (for "delete everything"). */
export async function clearSyncedCopy(): Promise<void> {
  const meta = await remoteMeta();
  const chunks = Array.from({ length: meta?.n ?? 0 }, (_, i) => `${CHUNK_KEY}${i}`);
  await Promise.all([
    removeKeys('sync', [META_KEY, ...chunks]),
    removeKeys('local', [shadowItem.key, statusItem.key]),
  ]);
}

/**
 * Keeps the mirror current while the background runs: after local list or settings
 * changes, after another device's changes arrive, and once at start. Returns stop.
 */
export function startSync(report: (error: unknown) => void = console.error): () => void {
  let queue: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    queue = queue.then(() => syncNow()).catch(report);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };
  const stops = [watchList(schedule), watchSettings(schedule), watchKey('sync', META_KEY, schedule)];
  run();
  return () => {
    clearTimeout(timer);
    for (const stop of stops) stop();
  };
}
