/**
 * The content script's tiny view of storage: the raw list, the allowances and the test
 * clock offset, read once at document_start and kept current through storage.onChanged.
 * It never asks the background for the list, which may be asleep while a page paints.
 * Imports nothing that pulls in webextension-polyfill (see utils/browser-env/native.ts).
 */
import { ALLOWANCES_KEY, type Allowance, parseAllowances } from './allowance';
import type { NativeApi, StorageChanges } from './browser-env/native';
import type { PeopleList } from './model';

/** storage.local key of the list (the storage contract with utils/settings.ts). */
export const LIST_KEY = 'list';

/** Same key as TEST_CLOCK_KEY in utils/clock.ts, which cannot be imported here (size). */
export const CLOCK_KEY = 'testClockOffsetMs';

/** What the content script decides from. */
export interface GuardState {
  list: PeopleList;
  allowances: Allowance[];
  clockOffsetMs: number;
}

const KEYS = [LIST_KEY, ALLOWANCES_KEY, CLOCK_KEY];

/** A stored list, or an empty one when storage holds nothing usable. */
export function parseList(value: unknown): PeopleList {
  const people = (value as PeopleList | null)?.people;
  return Array.isArray(people) ? { people } : { people: [] };
}

function parseOffset(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Reads the list, the allowances and the clock offset in one storage call. */
export async function readGuardState(api: NativeApi): Promise<GuardState> {
  const stored = await api.storage.local.get(KEYS);
  return {
    list: parseList(stored[LIST_KEY]),
    allowances: parseAllowances(stored[ALLOWANCES_KEY]),
    clockOffsetMs: parseOffset(stored[CLOCK_KEY]),
  };
}

/** Applies a storage change to the state; returns whether the list itself changed. */
export function applyChanges(state: GuardState, changes: StorageChanges): boolean {
  if (ALLOWANCES_KEY in changes) state.allowances = parseAllowances(changes[ALLOWANCES_KEY]?.newValue);
  if (CLOCK_KEY in changes) state.clockOffsetMs = parseOffset(changes[CLOCK_KEY]?.newValue);
  if (!(LIST_KEY in changes)) return false;
  state.list = parseList(changes[LIST_KEY]?.newValue);
  return true;
}

/** Calls `onChange` whenever storage.local changes one of our keys. */
export function watchGuardState(api: NativeApi, onChange: (changes: StorageChanges) => void): void {
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEYS.some((key) => key in changes)) onChange(changes);
  });
}
