/**
 * Merging two lists (importing a backup with "merge"): nothing already listed is removed or
 * changed, and the same person or profile never appears twice.
 */
import type { PeopleList, Person, Profile } from './model';

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
