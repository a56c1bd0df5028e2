/**
 * Reading a backup file: refused by size before reading, parsed without letting any key
 * reach a prototype, validated in full against the schema, and every refusal explained in
 * calm words that name the entry (the user may have edited the file).
 */
import * as v from 'valibot';
import { BACKUP_VERSION, BackupError } from './backup-format';
import { type BackupFile, backupSchema, DATE_FUTURE, DATE_PAST, headerSchema } from './backup-schema';

/**
 * Files above this are refused before being read. Three years of heavy use (100,000 events,
 * 10,000 reflections) export to about 14 MB; 40 MiB leaves room and keeps parsing safe.
 */
export const MAX_BACKUP_BYTES = 40 * 1024 * 1024;

export { BackupError };

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
