/**
 * Export everything as one JSON file, and import it back: validated in full before anything
 * is written, then written all or nothing (format: utils/backup-schema.ts).
 *
 * All or nothing across two stores: IndexedDB and storage.local share no transaction. The
 * import first snapshots both, then writes events and reflections in ONE IndexedDB
 * transaction (it commits fully or not at all), and only after that commit writes list,
 * settings and scheduled changes in ONE storage.local call. If that call fails, the
 * storage snapshot is put back and the database is restored from its snapshot, so the
 * user is left exactly where they started.
 */
import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFile,
  backupSchema,
  DATE_FUTURE,
  DATE_PAST,
  headerSchema,
} from './backup-schema';
import { exportRecords, importRecords, type Records } from './db';
import { t } from './i18n';
import { mergeLists } from './list-merge';
import type { PendingChange, PeopleList, Settings } from './model';
import {
  DEFAULT_SETTINGS,
  getList,
  getPendingChanges,
  getSettings,
  restoreStoredData,
  snapshotStoredData,
  writeStoredData,
} from './settings';

/** A backup as exported: the whole file, ready for JSON.stringify. */
export interface Backup extends Records {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  list: PeopleList;
  settings: Settings;
  pendingChanges: PendingChange[];
}

/**
 * Files above this are refused before being read. Three years of heavy use (100,000 events,
 * 10,000 reflections) export to about 14 MB; 40 MiB leaves room and keeps parsing safe.
 */
export const MAX_BACKUP_BYTES = 40 * 1024 * 1024;

/** An import that was refused or failed; `message` is calm text, `key`/`subs` its i18n source. */
export class BackupError extends Error {
  constructor(
    readonly key: string,
    readonly subs: string[] = [],
  ) {
    super(t(key, subs));
    this.name = 'BackupError';
  }
}

/** Everything stored, as one backup object (events and reflections oldest first). */
export async function exportBackup(now = Date.now()): Promise<Backup> {
  const [list, settings, pendingChanges, records] = await Promise.all([
    getList(),
    getSettings(),
    getPendingChanges(),
    exportRecords(),
  ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    list,
    settings,
    pendingChanges,
    ...records,
  };
}

/**
 * The backup as file text: the header fields first, and every nested object's keys in
 * alphabetical order, so the same data always gives the same bytes (an export of an
 * import equals the original export).
 */
export function serializeBackup(backup: Backup): string {
  const { format, version, exportedAt, list, settings, pendingChanges, events, reflections } = backup;
  const ordered = { format, version, exportedAt, list, settings, pendingChanges, events, reflections };
  return JSON.stringify(ordered, (key, value) => (key === '' ? value : sortKeys(value)));
}

/** A plain object with its keys in alphabetical order; anything else as it is. */
export function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

/** A file name like `breathing-room-backup-2024-06-01.json` (the user's local date). */
export function backupFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `breathing-room-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Reads and validates a chosen file; refuses one that is too large before reading it. */
export async function readBackupFile(file: Blob, now = Date.now()): Promise<BackupFile> {
  if (file.size > MAX_BACKUP_BYTES) throw tooLarge();
  return parseBackup(await file.text(), now);
}

function tooLarge(): BackupError {
  return new BackupError('data_importTooLarge', [String(MAX_BACKUP_BYTES / 1024 / 1024)]);
}

// Keys that could reach an object's prototype are dropped while parsing (no prototype
// pollution, whatever later code does with the objects).
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses and validates backup text in full; throws a BackupError saying what is wrong. */
export function parseBackup(text: string, now = Date.now()): BackupFile {
  // UTF-8 needs at least one byte per UTF-16 unit, so this never lets a larger file through.
  if (text.length > MAX_BACKUP_BYTES) throw tooLarge();
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value) => (UNSAFE_KEYS.has(key) ? undefined : value));
  } catch {
    throw new BackupError(text.trimStart().startsWith('{') ? 'data_importDamaged' : 'data_importNotBackup');
  }
  const header = v.safeParse(headerSchema, data);
  if (!header.success) throw new BackupError('data_importNotBackup');
  if (header.output.version > BACKUP_VERSION) throw new BackupError('data_importNewerVersion');
  if (header.output.version !== BACKUP_VERSION) throw new BackupError('data_importNotBackup');
  const result = v.safeParse(backupSchema(now), data, { abortEarly: true });
  if (!result.success) throw describeIssue(result.issues[0]);
  rejectDuplicateIds(result.output);
  return result.output;
}

/** Turns the first validation issue into a message naming the entry and the field. */
function describeIssue(issue: v.BaseIssue<unknown> | undefined): BackupError {
  const keys = (issue?.path ?? []).map((item) => item.key as string | number);
  const [section, index, ...rest] = keys;
  const field = rest.join('.');
  if (section === undefined) return new BackupError('data_importNotBackup');
  if (section === 'settings') return new BackupError('data_importBadSetting', [String(index ?? '')]);
  const where =
    section === 'list'
      ? { name: 'people', at: rest[0], field: rest.slice(1).join('.') }
      : { name: String(section), at: index, field };
  if (typeof where.at !== 'number') return new BackupError('data_importBadSection', [where.name]);
  const entry = [String(where.at + 1), where.name];
  if (issue?.message === DATE_FUTURE)
    return new BackupError('data_importDateFuture', [...entry, formatDate(issue.input)]);
  if (issue?.message === DATE_PAST)
    return new BackupError('data_importDatePast', [...entry, formatDate(issue.input)]);
  return new BackupError('data_importBadEntry', [...entry, where.field || where.name]);
}

function formatDate(value: unknown): string {
  const date = new Date(Number(value));
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 10);
}

/**
 * Duplicate ids are refused, not silently dropped: two different entries with one id mean
 * the file was edited or combined by hand, and guessing which one to keep could lose words.
 */
function rejectDuplicateIds(file: BackupFile): void {
  const sections: [string, { id: string }[]][] = [
    ['people', file.list.people],
    ['profiles', file.list.people.flatMap((p) => p.profiles)],
    ['events', file.events],
    ['reflections', file.reflections],
    ['pendingChanges', file.pendingChanges],
  ];
  for (const [name, items] of sections) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) throw new BackupError('data_importDuplicate', [String(i + 1), name]);
      seen.add(item.id);
    });
  }
}

/** What an import brought in, for a short confirmation. */
export interface ImportSummary {
  people: number;
  events: number;
  reflections: number;
}

/**
 * Writes a validated backup, all or nothing. `replace` makes this device exactly the
 * backup; `merge` keeps everything here and adds what the backup has that this device
 * lacks (settings already chosen here stay; see mergeSettings).
 */
export async function importBackup(file: BackupFile, mode: 'merge' | 'replace'): Promise<ImportSummary> {
  const [storageBefore, recordsBefore, listBefore, settingsBefore, pendingBefore] = await Promise.all([
    snapshotStoredData(),
    exportRecords(),
    getList(),
    getSettings(),
    getPendingChanges(),
  ]);
  const incoming = {
    events: file.events as Records['events'],
    reflections: file.reflections as Records['reflections'],
  };
  const backupSettings: Settings = {
    ...DEFAULT_SETTINGS,
    ...file.settings,
    suggestions: file.settings.suggestions ?? [],
  };
  const next =
    mode === 'replace'
      ? {
          list: file.list as PeopleList,
          settings: backupSettings,
          pendingChanges: file.pendingChanges as PendingChange[],
        }
      : {
          list: mergeLists(listBefore, file.list as PeopleList),
          settings: mergeSettings(settingsBefore, backupSettings),
          pendingChanges: mergePending(pendingBefore, file.pendingChanges as PendingChange[]),
        };
  try {
    await importRecords(incoming, mode);
  } catch {
    throw new BackupError('data_importFailed'); // the transaction rolled back: nothing changed
  }
  try {
    await writeStoredData(next);
  } catch {
    await Promise.allSettled([restoreStoredData(storageBefore), importRecords(recordsBefore, 'replace')]);
    throw new BackupError('data_importFailed');
  }
  return summarize(recordsBefore, listBefore, next.list, mode, incoming);
}

function summarize(
  before: Records,
  listBefore: PeopleList,
  listAfter: PeopleList,
  mode: 'merge' | 'replace',
  incoming: Records,
): ImportSummary {
  if (mode === 'replace')
    return {
      people: listAfter.people.length,
      events: incoming.events.length,
      reflections: incoming.reflections.length,
    };
  const had = (items: { id: string }[]) => new Set(items.map((i) => i.id));
  const events = had(before.events);
  const reflections = had(before.reflections);
  return {
    people: listAfter.people.length - listBefore.people.length,
    events: incoming.events.filter((e) => !events.has(e.id)).length,
    reflections: incoming.reflections.filter((r) => !reflections.has(r.id)).length,
  };
}

/**
 * Settings when merging: what this device already chose stays; a start date or goal it has
 * not set comes from the backup, and the backup's suggestions are added to this device's.
 */
export function mergeSettings(current: Settings, backup: Settings): Settings {
  const texts = new Set(current.suggestions.map((s) => s.text));
  return {
    ...current,
    startDate: current.startDate ?? backup.startDate,
    goalDays: current.goalDays ?? backup.goalDays,
    // The pause page shows up to five suggestions; never push this device's own out.
    suggestions: [...current.suggestions, ...backup.suggestions.filter((s) => !texts.has(s.text))].slice(
      0,
      Math.max(5, current.suggestions.length),
    ),
    onboarded: current.onboarded || backup.onboarded,
  };
}

function mergePending(current: PendingChange[], backup: PendingChange[]): PendingChange[] {
  const ids = new Set(current.map((c) => c.id));
  return [...current, ...backup.filter((c) => !ids.has(c.id))];
}
