/**
 * Pure edits of the people list. Each takes the list and returns a new one (never
 * mutating), plus an i18n error when the edit is refused, so the options page, the
 * popup's "Add this profile" and the cooling-off runner all edit the list the same way.
 */
import type { PeopleList, Person, Profile, ProfileRef } from './model';

/** Why an edit was refused, as an i18n key and its substitutions. */
export interface ListEditError {
  key: string;
  substitutions?: string[];
}

/** The outcome of an edit: the (possibly unchanged) list, and what was created or refused. */
export interface EditResult {
  list: PeopleList;
  error?: ListEditError;
  personId?: string;
  profileId?: string;
}

/** Longest person label or searched name we keep; longer text is surely a paste accident. */
export const MAX_LABEL_LENGTH = 100;
/** Longest note on a person. */
export const MAX_NOTE_LENGTH = 1000;

function newId(): string {
  return globalThis.crypto.randomUUID();
}

function mapPeople(list: PeopleList, personId: string, edit: (p: Person) => Person): PeopleList {
  return { ...list, people: list.people.map((p) => (p.id === personId ? edit(p) : p)) };
}

function mapProfile(list: PeopleList, profileId: string, edit: (p: Profile) => Profile): PeopleList {
  return {
    ...list,
    people: list.people.map((person) =>
      person.profiles.some((p) => p.id === profileId)
        ? { ...person, profiles: person.profiles.map((p) => (p.id === profileId ? edit(p) : p)) }
        : person,
    ),
  };
}

/** Finds a profile and the person it belongs to. */
export function findProfile(
  list: PeopleList,
  profileId: string,
): { person: Person; profile: Profile } | null {
  for (const person of list.people) {
    const profile = person.profiles.find((p) => p.id === profileId);
    if (profile) return { person, profile };
  }
  return null;
}

/** The listed profile that names the same account as `ref` (by key or alias), if any. */
export function findDuplicate(
  list: PeopleList,
  ref: Pick<ProfileRef, 'platform' | 'key'>,
  aliases: readonly string[] = [],
): { person: Person; profile: Profile } | null {
  const wanted = new Set([ref.key, ...aliases]);
  for (const person of list.people) {
    for (const profile of person.profiles) {
      if (profile.platform !== ref.platform) continue;
      if ([profile.key, ...profile.aliases].some((id) => wanted.has(id))) return { person, profile };
    }
  }
  return null;
}

/** A person's default label from a handle: "@alex" → "Alex", "example.com/alex" → "Alex". */
export function labelFromHandle(handle: string): string {
  const lastSegment = handle.split('/').filter(Boolean).pop() ?? handle;
  const bare = lastSegment.replace(/^@+/, '').split('@')[0] ?? '';
  const label = bare.trim().slice(0, MAX_LABEL_LENGTH);
  return label ? label.charAt(0).toLocaleUpperCase() + label.slice(1) : handle.slice(0, MAX_LABEL_LENGTH);
}

function cleanLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_LENGTH);
}

/** Adds a recognised profile, to an existing person or a new one; refuses duplicates. */
export function addProfile(
  list: PeopleList,
  ref: ProfileRef,
  aliases: string[],
  opts: { personId?: string; label?: string; at?: number } = {},
): EditResult {
  const duplicate = findDuplicate(list, ref, aliases);
  if (duplicate) {
    return { list, error: { key: 'options_errorDuplicate', substitutions: [duplicate.person.label] } };
  }
  const at = opts.at ?? Date.now();
  const profile: Profile = {
    platform: ref.platform,
    key: ref.key,
    handle: ref.handle,
    url: ref.url,
    id: newId(),
    aliases: aliases.filter((a) => a !== ref.key),
    paused: false,
    addedAt: at,
  };
  if (opts.personId) {
    if (!list.people.some((p) => p.id === opts.personId))
      return { list, error: { key: 'options_errorNoPerson' } };
    const next = mapPeople(list, opts.personId, (p) => ({ ...p, profiles: [...p.profiles, profile] }));
    return { list: next, personId: opts.personId, profileId: profile.id };
  }
  const person: Person = {
    id: newId(),
    label: cleanLabel(opts.label ?? '') || labelFromHandle(ref.handle),
    note: '',
    names: [],
    profiles: [profile],
    addedAt: at,
  };
  return { list: { ...list, people: [...list.people, person] }, personId: person.id, profileId: profile.id };
}

/** A person with nothing left that pauses anything (and no note) is dropped from the list. */
function dropEmpty(list: PeopleList): PeopleList {
  const keep = (p: Person) => p.profiles.length > 0 || p.names.length > 0 || p.note.trim() !== '';
  return list.people.every(keep) ? list : { ...list, people: list.people.filter(keep) };
}

/** Moves a profile to another person, or to a new person of its own when `toPersonId` is null. */
export function moveProfile(list: PeopleList, profileId: string, toPersonId: string | null): EditResult {
  const found = findProfile(list, profileId);
  if (!found) return { list, error: { key: 'options_errorNoProfile' } };
  if (found.person.id === toPersonId) return { list, personId: toPersonId, profileId };
  if (toPersonId && !list.people.some((p) => p.id === toPersonId)) {
    return { list, error: { key: 'options_errorNoPerson' } };
  }
  const without: PeopleList = {
    ...list,
    people: list.people.map((p) =>
      p.id === found.person.id ? { ...p, profiles: p.profiles.filter((x) => x.id !== profileId) } : p,
    ),
  };
  if (toPersonId) {
    const moved = mapPeople(without, toPersonId, (p) => ({ ...p, profiles: [...p.profiles, found.profile] }));
    return { list: dropEmpty(moved), personId: toPersonId, profileId };
  }
  const person: Person = {
    id: newId(),
    label: labelFromHandle(found.profile.handle),
    note: '',
    names: [],
    profiles: [found.profile],
    addedAt: found.profile.addedAt,
  };
  return {
    list: dropEmpty({ ...without, people: [...without.people, person] }),
    personId: person.id,
    profileId,
  };
}

/** Pauses or resumes one profile (a paused profile stays listed but pauses nothing). */
export function setProfilePaused(list: PeopleList, profileId: string, paused: boolean): EditResult {
  if (!findProfile(list, profileId)) return { list, error: { key: 'options_errorNoProfile' } };
  return { list: mapProfile(list, profileId, (p) => ({ ...p, paused })), profileId };
}

/** Removes one profile; a person left with nothing is removed too. */
export function removeProfile(list: PeopleList, profileId: string): EditResult {
  const found = findProfile(list, profileId);
  if (!found) return { list, error: { key: 'options_errorNoProfile' } };
  const next = mapPeople(list, found.person.id, (p) => ({
    ...p,
    profiles: p.profiles.filter((x) => x.id !== profileId),
  }));
  return { list: dropEmpty(next) };
}

/** Renames a person; an empty name is refused. */
export function renamePerson(list: PeopleList, personId: string, label: string): EditResult {
  const clean = cleanLabel(label);
  if (!clean) return { list, error: { key: 'options_errorEmptyLabel' } };
  if (!list.people.some((p) => p.id === personId)) return { list, error: { key: 'options_errorNoPerson' } };
  return { list: mapPeople(list, personId, (p) => ({ ...p, label: clean })), personId };
}

/** Sets a person's private note. */
export function setPersonNote(list: PeopleList, personId: string, note: string): EditResult {
  if (!list.people.some((p) => p.id === personId)) return { list, error: { key: 'options_errorNoPerson' } };
  const clean = note.trim().slice(0, MAX_NOTE_LENGTH);
  return { list: mapPeople(list, personId, (p) => ({ ...p, note: clean })), personId };
}

/** Adds a name whose web searches are paused; refuses blanks and names already listed. */
export function addName(list: PeopleList, personId: string, name: string): EditResult {
  const clean = cleanLabel(name);
  if (!clean) return { list, error: { key: 'options_errorEmptyName' } };
  if (!list.people.some((p) => p.id === personId)) return { list, error: { key: 'options_errorNoPerson' } };
  const folded = clean.toLocaleLowerCase();
  const owner = list.people.find((p) => p.names.some((n) => n.toLocaleLowerCase() === folded));
  if (owner)
    return { list, error: { key: 'options_errorDuplicateName', substitutions: [clean, owner.label] } };
  return { list: mapPeople(list, personId, (p) => ({ ...p, names: [...p.names, clean] })), personId };
}

/** Removes a searched name from a person. */
export function removeName(list: PeopleList, personId: string, name: string): EditResult {
  const person = list.people.find((p) => p.id === personId);
  if (!person?.names.includes(name)) return { list, error: { key: 'options_errorNoName' } };
  return {
    list: dropEmpty(mapPeople(list, personId, (p) => ({ ...p, names: p.names.filter((n) => n !== name) }))),
  };
}

/** Removes a person with all their profiles and names. */
export function removePerson(list: PeopleList, personId: string): EditResult {
  if (!list.people.some((p) => p.id === personId)) return { list, error: { key: 'options_errorNoPerson' } };
  return { list: { ...list, people: list.people.filter((p) => p.id !== personId) } };
}
