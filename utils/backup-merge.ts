/**
 * Importing a backup with "merge": nothing already here is removed or changed, what the
 * backup adds is kept, and the same person or profile never appears twice.
 */
import type { PendingChange, PeopleList, Person, Profile, Settings } from './model';

const profileKey = (p: Pick<Profile, 'platform' | 'key'>) => `${p.platform}\u0000${p.key}`;
const labelKey = (label: string) => label.trim().toLocaleLowerCase();

/** Adds `incoming`'s profiles and names to `into`, skipping any profile listed anywhere already. */
function absorb(into: Person, incoming: Person, listed: Set<string>): Person {
  const ids = new Set(into.profiles.map((p) => p.id));
  const profiles = incoming.profiles.filter((p) => !ids.has(p.id) && !listed.has(profileKey(p)));
  for (const p of profiles) listed.add(profileKey(p));
  const names = incoming.names.filter((n) => !into.names.some((m) => labelKey(m) === labelKey(n)));
  return { ...into, profiles: [...into.profiles, ...profiles], names: [...into.names, ...names] };
}

/**
 * `current` plus what `incoming` adds. A person matches by id, or else by the same label
 * (the same person added on two devices gets two ids); a profile matches by id or by
 * platform + key. For anything on both sides, `current` wins.
 */
export function mergeLists(current: PeopleList, incoming: PeopleList): PeopleList {
  const people = current.people.map((p) => ({ ...p }));
  const listed = new Set(people.flatMap((p) => p.profiles.map(profileKey)));
  for (const person of incoming.people) {
    const i = people.findIndex((p) => p.id === person.id || labelKey(p.label) === labelKey(person.label));
    if (i >= 0) people[i] = absorb(people[i] as Person, person, listed);
    else people.push(absorb({ ...person, profiles: [], names: [] }, person, listed));
  }
  return { people };
}

/**
 * Settings when merging: what this device already chose stays; a start date or goal it has
 * not set comes from the backup, and the backup's suggestions are added to this device's.
 */
export function mergeSettings(current: Settings, backup: Settings): Settings {
  const texts = new Set(current.suggestions.map((s) => s.text));
  return {
    ...current,
    startDate: current.startDate ?? backup.startDate,
    goalDays: current.goalDays ?? backup.goalDays,
    // The pause page shows up to five suggestions; never push this device's own out.
    suggestions: [...current.suggestions, ...backup.suggestions.filter((s) => !texts.has(s.text))].slice(
      0,
      Math.max(5, current.suggestions.length),
    ),
    onboarded: current.onboarded || backup.onboarded,
  };
}

/** Scheduled changes from both sides, once each. */
export function mergePendingChanges(current: PendingChange[], backup: PendingChange[]): PendingChange[] {
  const ids = new Set(current.map((c) => c.id));
  return [...current, ...backup.filter((c) => !ids.has(c.id))];
}
