import { AddProfileForm, type AddRequest } from '@/components/AddProfileForm';
import { type PersonActions, PersonCard } from '@/components/PersonCard';
import { now } from '@/utils/clock';
import { cancelScheduled, commit, editList } from '@/utils/commitment-runner';
import { t } from '@/utils/i18n';
import type { ListEditError } from '@/utils/list-edits';
import { addName, moveProfile, renamePerson, setPersonNote } from '@/utils/list-edits';
import type { PendingChange, PeopleList } from '@/utils/model';
import { originsFor, requestOrigins, requestSearchAccess } from '@/utils/permissions';
import { addFromLink } from '@/utils/profile-add';

interface Props {
  list: PeopleList;
  pending: PendingChange[];
}

/**
 * Adds a profile. Called straight from the Add click: the host permission request (for a
 * site the browser does not yet let us pause) starts before any await, keeping the gesture.
 */
export function addRequested(request: AddRequest): Promise<ListEditError | null> {
  const granted = requestOrigins(originsFor({ url: request.url }));
  return granted.then(async (ok) => {
    if (!ok) return { key: 'options_errorPermission' };
    const { text, asSite, personId, label } = request;
    const result = await editList((list) => addFromLink(list, text, { asSite, personId, label, at: now() }));
    return result.error ?? null;
  });
}

const actions: PersonActions = {
  rename: (personId, label) => void editList((list) => renamePerson(list, personId, label)),
  setNote: (personId, note) => void editList((list) => setPersonNote(list, personId, note)),
  addName: (personId, name) => {
    // Searches can only be paused with access to the search engines; ask in this click.
    const asked = name.trim() ? requestSearchAccess() : Promise.resolve(true);
    return asked.then(async (granted) => {
      if (!granted) return t('options_errorSearchPermission');
      const { error } = await editList((list) => addName(list, personId, name));
      return error ? t(error.key, error.substitutions) : null;
    });
  },
  removeName: (personId, name) => void commit({ kind: 'remove-name', personId, name }),
  removePerson: (personId) => void commit({ kind: 'remove-person', personId }),
  pauseProfile: (personId, profileId) => void commit({ kind: 'pause-profile', personId, profileId }),
  resumeProfile: (personId, profileId) => void commit({ kind: 'resume-profile', personId, profileId }),
  removeProfile: (personId, profileId) => void commit({ kind: 'remove-profile', personId, profileId }),
  moveProfile: (profileId, to) => void editList((list) => moveProfile(list, profileId, to)),
  cancel: (id) => void cancelScheduled(id),
};

/** People and profiles: the one-paste add, and everyone on the list. */
export function PeopleSection({ list, pending }: Props) {
  const people = list.people.map((p) => ({ id: p.id, label: p.label }));
  return (
    <section aria-labelledby="people-title" class="section">
      <h2 id="people-title">{t('options_peopleTitle')}</h2>
      <p class="muted">{t('options_peopleIntro')}</p>
      <AddProfileForm id="add" list={list} onAdd={addRequested} />
      {list.people.length === 0 ? (
        <p class="empty">{t('options_peopleEmpty')}</p>
      ) : (
        <div class="people">
          {list.people.map((person) => (
            <PersonCard key={person.id} person={person} people={people} pending={pending} actions={actions} />
          ))}
        </div>
      )}
    </section>
  );
}
