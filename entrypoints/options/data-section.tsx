import { useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { backupFileName } from '@/utils/backup';
import { now } from '@/utils/clock';
import { downloadText } from '@/utils/download';
import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/model';
import { dateTimeText } from '@/utils/options-format';
import { deleteEverything, exportAll, type ImportCheck, importChecked, readBackupFile } from './data-actions';

type Mode = 'merge' | 'replace';

/** Your data: export everything, import it back (checked first, all or nothing), delete it all. */
export function DataSection({ settings }: { settings: Settings }) {
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [mode, setMode] = useState<Mode>('merge');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  // Replacing could drop people from the list in one step; with a cooling-off, only merge.
  const canReplace = settings.coolingOffMs === 0;

  const run = (task: () => Promise<string>) => {
    setBusy(true);
    task()
      .then(setMessage, () => setMessage(t('options_errorSave')))
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby="data-title" class="section data-actions">
      <h2 id="data-title">{t('options_dataTitle')}</h2>
      <p class="muted">{t('options_dataIntro')}</p>
      <div class="card">
        <h3>{t('options_exportTitle')}</h3>
        <p>{t('options_exportHelp')}</p>
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() =>
            run(async () => {
              downloadText(backupFileName(new Date(now())), await exportAll(), 'application/json');
              return t('options_exportDone');
            })
          }
        >
          {t('options_exportButton')}
        </button>
      </div>
      <form
        class="card"
        aria-labelledby="import-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (!check?.ok) return;
          const chosen = canReplace ? mode : 'merge';
          run(async () => {
            const error = await importChecked(check, chosen);
            setCheck(null);
            return error ?? t('options_importDone');
          });
        }}
      >
        <h3 id="import-title">{t('options_importTitle')}</h3>
        <label for="import-file">{t('options_importFile')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            setMessage('');
            if (file) void readBackupFile(file).then(setCheck);
            else setCheck(null);
          }}
        />
        {check && (
          <p class={check.ok ? 'import-summary' : 'field-error'} aria-live="polite">
            {check.message}
          </p>
        )}
        {check?.ok && (
          <fieldset>
            <legend>{t('options_importHow')}</legend>
            <label class="choice">
              <input
                type="radio"
                name="mode"
                checked={mode === 'merge' || !canReplace}
                onChange={() => setMode('merge')}
              />
              {t('options_importMerge')}
            </label>
            <label class="choice">
              <input
                type="radio"
                name="mode"
                disabled={!canReplace}
                checked={mode === 'replace' && canReplace}
                onChange={() => setMode('replace')}
              />
              {t('options_importReplace')}
            </label>
            {!canReplace && <p class="muted">{t('options_importReplaceCooling')}</p>}
          </fieldset>
        )}
        <button type="submit" class="primary" disabled={busy || !check?.ok}>
          {t('options_importButton')}
        </button>
      </form>
      <div class="card">
        <h3>{t('options_deleteAllTitle')}</h3>
        <p>{t('options_deleteAllHelp')}</p>
        <ConfirmDialog
          label={t('options_deleteAll')}
          message={t('options_confirmDeleteAll')}
          confirmLabel={t('options_deleteAllConfirm')}
          onConfirm={() =>
            run(async () => {
              const later = await deleteEverything();
              return later === null
                ? t('options_deleteAllDone')
                : t('options_deleteAllScheduled', dateTimeText(later));
            })
          }
        />
      </div>
      <p class="status" role="status">
        {message}
      </p>
    </section>
  );
}
