/**
 * A small versioned value in browser.storage, in place of @wxt-dev/storage (3.7 KB gzip on
 * every page, most of it for features we never use). The stored layout is the same as
 * WXT's, so data written before keeps working: the value raw under its key, and the version
 * as `{ v: N }` under `<key>$`; a value without a version is v1. Only utils/settings.ts and
 * utils/sync.ts use this file.
 */
import { browser } from 'wxt/browser';

/** The storage areas we use. */
export type Area = 'local' | 'sync';

/** Turns the value stored at version `n - 1` into the value for version `n`. */
export type Migration = (old: unknown) => unknown;

/** One stored value with its version. */
export interface StoredItem<T> {
  key: string;
  /** The stored value, or null when there is none (after any pending migration). */
  get(): Promise<T | null>;
  /** Stores the value (null removes it). */
  set(value: T | null): Promise<void>;
  /** Calls `cb` with the new value (null when removed) whenever it really changes. */
  watch(cb: (value: T | null) => void): () => void;
  /** Resolves once the start-up migration has run (writes wait for it). */
  ready(): Promise<void>;
  /** Runs the migrations the stored value needs now. */
  migrate(): Promise<void>;
}

const area = (name: Area) => browser.storage[name];

/** The meta key beside `key` that holds its version. */
export const metaKey = (key: string): string => `${key}$`;

/** Reads several keys of one area in one call. */
export async function readKeys(name: Area, keys: string[]): Promise<Record<string, unknown>> {
  return keys.length > 0 ? await area(name).get(keys) : {};
}

/** Writes several keys of one area in one call (one change event, all or nothing). */
export async function writeKeys(name: Area, items: Record<string, unknown>): Promise<void> {
  await area(name).set(items);
}

/** Removes several keys of one area in one call. */
export async function removeKeys(name: Area, keys: string[]): Promise<void> {
  if (keys.length > 0) await area(name).remove(keys);
}

// Values come from structured clones of the same data, so key order matches when equal;
// a false "changed" only costs a watcher one extra call.
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Calls `cb` with the new value of `key` in `name` whenever it changes. Returns unwatch. */
export function watchKey(name: Area, key: string, cb: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, changed: string) => {
    const change = changes[key];
    if (changed !== name || !change || same(change.newValue, change.oldValue)) return;
    cb(change.newValue ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Runs the migrations from the stored version up to `version`, as @wxt-dev/storage did. */
async function migrateKey(name: Area, key: string, version: number, steps: Record<number, Migration>) {
  const stored = await readKeys(name, [key, metaKey(key)]);
  const value = stored[key];
  if (value == null) return;
  const meta = (stored[metaKey(key)] ?? {}) as { v?: number };
  const from = meta.v ?? 1;
  if (from > version) throw new Error(`Stored "${key}" is v${from}, newer than this version (v${version})`);
  if (from === version) return;
  let next = value;
  for (let v = from + 1; v <= version; v++) next = (await steps[v]?.(next)) ?? next;
  await writeKeys(name, { [key]: next, [metaKey(key)]: { ...meta, v: version } });
}

/**
 * Defines a stored value. With migrations, they start at once (as WXT's did), and reads and
 * writes wait for them; a failed migration is reported and leaves the value as it was.
 */
export function storedItem<T>(
  key: string,
  opts: { area?: Area; version?: number; migrations?: Record<number, Migration> } = {},
): StoredItem<T> {
  const { area: name = 'local', version = 1, migrations } = opts;
  const migrate = () => (migrations ? migrateKey(name, key, version, migrations) : Promise.resolve());
  const started = migrate().catch((error: unknown) => {
    console.error(`Breathing Room: could not update the stored "${key}"`, error);
  });
  return {
    key,
    ready: () => started,
    migrate,
    async get() {
      await started;
      return ((await readKeys(name, [key]))[key] ?? null) as T | null;
    },
    async set(value) {
      await started;
      if (value == null) await removeKeys(name, [key]);
      else await writeKeys(name, { [key]: value });
    },
    watch: (cb) => watchKey(name, key, (value) => cb(value as T | null)),
  };
}
