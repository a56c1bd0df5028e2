/**
 * The list and the settings, in browser.storage.local as versioned items (storage-item.ts).
 *
 * Key contract: the list lives under the raw key `list` (value exactly a PeopleList) and the
 * settings under `settings`, their versions in `list$` / `settings$` (the layout WXT's
 * storage used, so older data migrates). The content script reads the raw `list` key
 * directly to stay tiny, so the value is never wrapped.
 */
import type { PendingChange, PeopleList, Person, Profile, Settings } from './model';
import { metaKey, readKeys, removeKeys, storedItem, writeKeys } from './storage-item';

/** Settings a new install starts with. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  countdownSeconds: 10,
  strict: false,
  viewingCountsAsContact: true,
  startDate: null,
  goalDays: null,
  suggestions: [],
  theme: 'system',
  sync: false,
  coolingOffMs: 0,
  allowanceMinutes: 5,
  onboarded: false,
}) as Settings;

/** Current storage versions. v1 is the unversioned shape (no `list$` meta). */
export const LIST_VERSION = 2;
export const SETTINGS_VERSION = 2;

/** The raw storage.local keys, for the content script and the backup's atomic writes. */
export const STORAGE_KEYS = {
  list: 'list',
  settings: 'settings',
  pendingChanges: 'pendingChanges',
} as const;

// An unknown `addedAt` becomes the migration time: a real date (backups refuse dates before
// 2000), and close to the truth for anything added by the version before versioning.
/** Fills fields an unversioned (v1) person or profile may lack; never drops an entry. */
function normalizeProfile(raw: Partial<Profile>): Profile {
  return {
    ...(raw as Profile),
    aliases: Array.isArray(raw.aliases) ? raw.aliases : [],
    paused: raw.paused === true,
    addedAt: typeof raw.addedAt === 'number' ? raw.addedAt : Date.now(),
  };
}

function normalizePerson(raw: Partial<Person>): Person {
  return {
    ...(raw as Person),
    label: typeof raw.label === 'string' ? raw.label : '',
    note: typeof raw.note === 'string' ? raw.note : '',
    names: Array.isArray(raw.names) ? raw.names : [],
    profiles: Array.isArray(raw.profiles) ? raw.profiles.map(normalizeProfile) : [],
    addedAt: typeof raw.addedAt === 'number' ? raw.addedAt : Date.now(),
  };
}

/** v1 → v2: complete every person and profile with the fields the matcher relies on. */
export function migrateListV2(old: unknown): PeopleList {
  const people = (old as Partial<PeopleList> | null)?.people;
  return { people: Array.isArray(people) ? people.map(normalizePerson) : [] };
}

/** v1 → v2: an unversioned settings object may be partial; fill it from the defaults. */
export function migrateSettingsV2(old: unknown): Settings {
  return withDefaults(old as Partial<Settings> | null);
}

function withDefaults(stored: Partial<Settings> | null): Settings {
  const merged = { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
  return { ...merged, suggestions: [...merged.suggestions] };
}

const listItem = storedItem<PeopleList>(STORAGE_KEYS.list, {
  version: LIST_VERSION,
  migrations: { 2: migrateListV2 },
});

const settingsItem = storedItem<Partial<Settings>>(STORAGE_KEYS.settings, {
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV2 },
});

const pendingItem = storedItem<PendingChange[]>(STORAGE_KEYS.pendingChanges);

/** Runs any pending storage migrations now (they also run on first use of each item). */
export async function migrateStorage(): Promise<void> {
  await Promise.all([listItem.migrate(), settingsItem.migrate()]);
}

/** The whole list (empty until the user adds someone). */
export async function getList(): Promise<PeopleList> {
  return (await listItem.get()) ?? { people: [] };
}

/** Replaces the list; writes the value and its version in one storage call. */
export async function saveList(list: PeopleList): Promise<void> {
  await listItem.ready(); // the start-up migration must not overwrite this write
  await writeKeys('local', { [STORAGE_KEYS.list]: list, [metaKey(STORAGE_KEYS.list)]: { v: LIST_VERSION } });
}

/** Calls `cb` with the new list whenever it changes, in any context. Returns unwatch. */
export function watchList(cb: (list: PeopleList) => void): () => void {
  return listItem.watch((list) => cb(list ?? { people: [] }));
}

/** The settings, with defaults for anything not stored yet. */
export async function getSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.get());
}

// Serialises read-modify-write updates made from this context, so two quick toggles
// (e.g. strict mode, then countdown) never overwrite each other.
let settingsQueue: Promise<unknown> = Promise.resolve();

/** Applies `patch` to the stored settings and resolves with the result once written. */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = settingsQueue.then(async () => {
    const next = { ...(await getSettings()), ...patch };
    await writeSettings(next);
    return next;
  });
  settingsQueue = run.catch(() => undefined);
  return run;
}

/** Replaces the settings (and their version) in one storage call. */
export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.ready(); // the start-up migration must not overwrite this write
  await writeKeys('local', {
    [STORAGE_KEYS.settings]: settings,
    [metaKey(STORAGE_KEYS.settings)]: { v: SETTINGS_VERSION },
  });
}

/** Calls `cb` with the full settings whenever they change. Returns unwatch. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((s) => cb(withDefaults(s)));
}

/** Loosening changes waiting for their cooling-off to end. */
export async function getPendingChanges(): Promise<PendingChange[]> {
  return (await pendingItem.get()) ?? [];
}

/** Replaces the scheduled changes. */
export async function savePendingChanges(changes: PendingChange[]): Promise<void> {
  await pendingItem.set(changes);
}

/** Calls `cb` whenever the scheduled changes change. Returns unwatch. */
export function watchPendingChanges(cb: (c: PendingChange[]) => void): () => void {
  return pendingItem.watch((c) => cb(c ?? []));
}

/** Everything this module keeps, as raw storage.local entries (values and version metas). */
export type StoredSnapshot = Record<string, unknown>;

const ALL_KEYS = Object.values(STORAGE_KEYS).flatMap((key) => [key, metaKey(key)]);

/** Reads the raw stored entries, so a failed import can put them back exactly. */
export async function snapshotStoredData(): Promise<StoredSnapshot> {
  await Promise.all([listItem.ready(), settingsItem.ready()]);
  const values = await readKeys('local', ALL_KEYS);
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value != null));
}

/** Puts back a snapshot exactly: keys it lacks are removed. */
export async function restoreStoredData(snapshot: StoredSnapshot): Promise<void> {
  const absent = ALL_KEYS.filter((key) => !(key in snapshot));
  await removeKeys('local', absent);
  await writeKeys('local', snapshot);
}

/** Writes list, settings and scheduled changes (with versions) in a single storage call. */
export async function writeStoredData(data: {
  list: PeopleList;
  settings: Settings;
  pendingChanges: PendingChange[];
}): Promise<void> {
  await Promise.all([listItem.ready(), settingsItem.ready()]);
  await writeKeys('local', {
    [STORAGE_KEYS.list]: data.list,
    [metaKey(STORAGE_KEYS.list)]: { v: LIST_VERSION },
    [STORAGE_KEYS.settings]: data.settings,
    [metaKey(STORAGE_KEYS.settings)]: { v: SETTINGS_VERSION },
    [STORAGE_KEYS.pendingChanges]: data.pendingChanges,
  });
}

/** Removes the list, settings and scheduled changes ("delete everything"). */
export async function clearStoredData(): Promise<void> {
  await removeKeys('local', ALL_KEYS);
}
