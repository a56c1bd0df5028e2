import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { Reflection } from '@/utils/model';
import { dateTimeText } from '@/utils/options-format';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  reflection: Reflection;
  /** Resolves with a message when the edit was refused (e.g. empty text). */
  onSave: (id: string, text: string) => Promise<string | null>;
  onDelete: (id: string) => void;
}

// The same words the reflection form offers (utils/i18n/*/pause.json).
const MOOD_KEYS = ['pause_mood1', 'pause_mood2', 'pause_mood3', 'pause_mood4', 'pause_mood5'] as const;

const SOURCE_KEYS = {
  pause: 'options_sourcePause',
  popup: 'options_sourcePopup',
  journal: 'options_sourceJournal',
} as const;

/** One reflection in the journal: read it, edit it, or delete it (asks once). Text stays text. */
export function JournalEntry({ reflection, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(reflection.text);
  const [error, setError] = useState<string | null>(null);
  const when = dateTimeText(reflection.createdAt);
  const editId = `edit-${reflection.id}`;
  return (
    <li class="entry card">
      <p class="entry-meta muted">
        <time dateTime={new Date(reflection.createdAt).toISOString()}>{when}</time>
        {' · '}
        {t(SOURCE_KEYS[reflection.source] ?? 'options_sourceJournal')}
        {reflection.mood ? ` · ${t(MOOD_KEYS[reflection.mood - 1] as string)}` : ''}
      </p>
      {reflection.prompt && <p class="entry-prompt">{reflection.prompt}</p>}
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSave(reflection.id, text).then((message) => {
              setError(message);
              if (!message) setEditing(false);
            });
          }}
        >
          <label for={editId} class="visually-hidden">
            {t('options_editReflection')}
          </label>
          <textarea
            id={editId}
            rows={5}
            maxLength={10_000}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          {error && <p class="field-error">{error}</p>}
          <div class="row-actions">
            <button type="submit" class="primary">
              {t('options_save')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('options_cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p class="entry-text">{reflection.text}</p>
      )}
      {!editing && (
        <div class="row-actions">
          <button
            type="button"
            aria-label={t('options_editFor', when)}
            onClick={() => {
              setText(reflection.text);
              setEditing(true);
            }}
          >
            {t('options_edit')}
          </button>
          <ConfirmDialog
            label={t('options_delete')}
            labelFor={t('options_deleteFor', when)}
            message={t('options_confirmDeleteReflection')}
            confirmLabel={t('options_deleteConfirm')}
            onConfirm={() => onDelete(reflection.id)}
          />
        </div>
      )}
    </li>
  );
}
