import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { PendingChange, Person } from '@/utils/model';
import { dateTimeText } from '@/utils/options-format';
import type { PersonActions } from './PersonCard';

interface Props {
  person: Person;
  pending: readonly PendingChange[];
  actions: Pick<PersonActions, 'addName' | 'removeName' | 'setNote' | 'cancel'>;
}

/** A person's searched names (each removable, with any scheduled removal) and private note. */
export function PersonDetails({ person, pending, actions }: Props) {
  const [note, setNote] = useState(person.note);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  return (
    <details class="person-more">
      <summary>{t('options_namesAndNote')}</summary>
      <h4>{t('options_namesTitle')}</h4>
      <p class="muted">{t('options_namesHelp')}</p>
      <ul class="names">
        {person.names.map((n) => {
          const waiting = pending.find(
            (p) => p.change.kind === 'remove-name' && p.change.personId === person.id && p.change.name === n,
          );
          return (
            <li key={n}>
              <span>{n}</span>
              {waiting ? (
                <span class="scheduled">
                  {t('options_scheduledRemove', dateTimeText(waiting.applyAt))}{' '}
                  <button type="button" class="link" onClick={() => actions.cancel(waiting.id)}>
                    {t('options_cancelScheduled')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  class="link"
                  aria-label={t('options_removeFor', n)}
                  onClick={() => actions.removeName(person.id, n)}
                >
                  {t('options_remove')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          actions.addName(person.id, name).then((error) => {
            setNameError(error);
            if (!error) setName('');
          });
        }}
      >
        <label>
          {t('options_nameToPause')}
          <input
            type="text"
            value={name}
            maxLength={100}
            aria-invalid={nameError ? 'true' : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('options_addName')}</button>
        <p class="field-error" aria-live="polite">
          {nameError}
        </p>
      </form>
      <form
        class="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          actions.setNote(person.id, note);
        }}
      >
        <label>
          {t('options_note')}
          <textarea rows={2} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('options_saveNote')}</button>
      </form>
    </details>
  );
}
