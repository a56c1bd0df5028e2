import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { PendingChange, Person } from '@/utils/model';
import { dateTimeText } from '@/utils/options-format';
import { ConfirmDialog } from './ConfirmDialog';
import { PersonDetails } from './PersonDetails';
import { ProfileRow } from './ProfileRow';

/** Everything a person card can ask the page to do. */
export interface PersonActions {
  rename: (personId: string, label: string) => void;
  setNote: (personId: string, note: string) => void;
  /** Resolves with a message when the name is refused. */
  addName: (personId: string, name: string) => Promise<string | null>;
  removeName: (personId: string, name: string) => void;
  removePerson: (personId: string) => void;
  pauseProfile: (personId: string, profileId: string) => void;
  resumeProfile: (personId: string, profileId: string) => void;
  removeProfile: (personId: string, profileId: string) => void;
  moveProfile: (profileId: string, toPersonId: string | null) => void;
  cancel: (pendingId: string) => void;
}

interface Props {
  person: Person;
  people: readonly Pick<Person, 'id' | 'label'>[];
  pending: readonly PendingChange[];
  actions: PersonActions;
}

function aboutProfile(p: PendingChange, profileId: string): boolean {
  return (
    (p.change.kind === 'remove-profile' || p.change.kind === 'pause-profile') &&
    p.change.profileId === profileId
  );
}

/** A person: their name, note, profiles and searched names. The label is always plain text. */
export function PersonCard({ person, people, pending, actions }: Props) {
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(person.label);
  const headingId = `person-${person.id}`;
  const removal = pending.find((p) => p.change.kind === 'remove-person' && p.change.personId === person.id);

  return (
    <article class="person card" aria-labelledby={headingId}>
      {editing ? (
        <form
          class="rename"
          onSubmit={(e) => {
            e.preventDefault();
            actions.rename(person.id, label);
            setEditing(false);
          }}
        >
          <label>
            {t('options_personName')}
            <input
              type="text"
              value={label}
              maxLength={100}
              required
              onInput={(e) => setLabel(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="primary">
            {t('options_save')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('options_cancel')}
          </button>
        </form>
      ) : (
        <div class="person-head">
          <h3 id={headingId}>{person.label}</h3>
          <button
            type="button"
            class="link"
            aria-label={t('options_renameFor', person.label)}
            onClick={() => {
              setLabel(person.label);
              setEditing(true);
            }}
          >
            {t('options_rename')}
          </button>
        </div>
      )}
      {removal && (
        <p class="scheduled">
          {t('options_scheduledRemovePerson', dateTimeText(removal.applyAt))}{' '}
          <button type="button" class="link" onClick={() => actions.cancel(removal.id)}>
            {t('options_cancelScheduled')}
          </button>
        </p>
      )}
      <ul class="profiles">
        {person.profiles.map((profile) => (
          <ProfileRow
            key={profile.id}
            profile={profile}
            personId={person.id}
            people={people}
            canSplit={person.profiles.length > 1}
            pending={pending.filter((p) => aboutProfile(p, profile.id))}
            onPause={() => actions.pauseProfile(person.id, profile.id)}
            onResume={() => actions.resumeProfile(person.id, profile.id)}
            onRemove={() => actions.removeProfile(person.id, profile.id)}
            onMove={(to) => actions.moveProfile(profile.id, to)}
            onCancel={actions.cancel}
          />
        ))}
      </ul>
      <PersonDetails person={person} pending={pending} actions={actions} />
      {!removal && (
        <ConfirmDialog
          className="remove-person"
          label={t('options_removePerson')}
          labelFor={t('options_removePersonFor', person.label)}
          message={t('options_confirmRemovePerson', person.label)}
          confirmLabel={t('options_removeConfirm')}
          onConfirm={() => actions.removePerson(person.id)}
        />
      )}
    </article>
  );
}
