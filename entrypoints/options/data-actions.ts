/**
 * What the "Your data" section does, over the data layer: export, check and import a
 * backup, delete everything. Deleting respects the cooling-off: the journal and history go
 * at once, but with a cooling-off people leave the list only when it has passed.
 */
import { BackupError, exportBackup, importBackup, serializeBackup } from '@/utils/backup';
import type { BackupFile } from '@/utils/backup-schema';
import { now } from '@/utils/clock';
import { commit } from '@/utils/commitment-runner';
import { clearAllData } from '@/utils/db';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import {
  DEFAULT_SETTINGS,
  getList,
  getSettings,
  saveList,
  savePendingChanges,
  writeSettings,
} from '@/utils/settings';

/** Deletes everything; resolves with when the list empties if a cooling-off delays it, else null. */
export async function deleteEverything(): Promise<number | null> {
  await clearAllData();
  const settings = await getSettings();
  if (settings.coolingOffMs === 0) {
    await savePendingChanges([]);
    await saveList({ people: [] });
    await writeSettings({ ...DEFAULT_SETTINGS, suggestions: [] });
    // Sync is off now; the copy in the browser's sync storage goes too.
    await sendMessage('forgetSyncedCopy', {});
    return null;
  }
  const at = now();
  for (const person of (await getList()).people)
    await commit({ kind: 'remove-person', personId: person.id }, at);
  // Loosening parts (countdown, strict…) wait like any other; the rest resets now.
  await commit({ kind: 'settings', patch: { ...DEFAULT_SETTINGS, onboarded: true, suggestions: [] } }, at);
  return at + settings.coolingOffMs;
}

/** A chosen backup file after checking: ready to import with a summary, or refused with why. */
export type ImportCheck = { ok: true; file: BackupFile; message: string } | { ok: false; message: string };

function messageOf(error: unknown): string {
  return error instanceof BackupError ? error.message : t('options_errorSave');
}

/** Everything stored, as backup file text. */
export async function exportAll(): Promise<string> {
  return serializeBackup(await exportBackup(now()));
}

/** Reads and validates a chosen file in full; nothing is written yet. */
export async function readBackupFile(file: Blob): Promise<ImportCheck> {
  try {
    // The validation library loads only now: opening the options page never pays for it.
    const { readBackupFile: readFile } = await import('@/utils/backup-parse');
    const backup = await readFile(file, now());
    const counts = [backup.list.people.length, backup.reflections.length, backup.events.length].map(String);
    return { ok: true, file: backup, message: t('options_importSummary', counts) };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

/** Imports a checked file, all or nothing; resolves with a message if it failed. */
export async function importChecked(check: ImportCheck, mode: 'merge' | 'replace'): Promise<string | null> {
  if (!check.ok) return check.message;
  try {
    await importBackup(check.file, mode);
    return null;
  } catch (error) {
    return messageOf(error);
  }
}
