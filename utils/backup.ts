/**
 * Export everything as one JSON file, and import it back: validated in full before anything
 * is written, then written all or nothing (format: utils/backup-schema.ts).
 *
 * All or nothing across two stores: IndexedDB and storage.local share no transaction. The
 * import first snapshots both, then writes events and reflections in ONE IndexedDB
 * transaction (it commits fully or not at all), and only after that commit writes list,
 * settings and scheduled changes in ONE storage.local call. If that call fails, the
 * storage snapshot is put back and the database is restored from its snapshot, so the
 * user is left exactly where they started. The one gap left is the page closing between
 * the two commits (milliseconds): the records are then in, the list and settings still the
 * old ones; nothing is lost, and importing the same file again completes it.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError } from './backup-format';
import { mergeLists, mergePendingChanges, mergeSettings } from './backup-merge';
import type { BackupFile } from './backup-schema';
import { exportRecords, importRecords, type Records } from './db';
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

// Reading and validating a file lives in backup-parse.ts, loaded only when one is read.
export { BackupError };

/** A backup as exported: the whole file, ready for JSON.stringify. */
export interface Backup extends Records {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  list: PeopleList;
  settings: Settings;
  pendingChanges: PendingChange[];
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
          pendingChanges: mergePendingChanges(pendingBefore, file.pendingChanges as PendingChange[]),
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
