/**
 * What marks a file as a Breathing Room backup, and the error an import reports. Kept apart
 * from the schema (utils/backup-schema.ts), so exporting never loads the validation library:
 * the options page fetches that only when a backup is being read.
 */
import { t } from './i18n';

/** The `format` marker every backup carries. */
export const BACKUP_FORMAT = 'breathing-room-backup';
/** The version this code writes and reads. */
export const BACKUP_VERSION = 1;

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
