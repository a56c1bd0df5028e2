/**
 * The synced copy of the list and settings, as a pure data structure (I/O is in sync.ts).
 *
 * Why entities with stamps: storage.sync is written by several devices, and overwriting the
 * whole list would silently undo another device's additions. So the list is split into
 * entities (each person, each profile, each setting), each stamped with when and on which
 * device it last changed. Merging two copies keeps, per entity, the later stamp. A removal
 * is a tombstone (an entity marked removed, with its own stamp), so it is not undone by a
 * device that still has the old entry; tombstones are forgotten after TOMBSTONE_TTL_MS.
 * Stamps use a logical clock (never earlier than any stamp already seen), so the change a
 * user makes now beats older ones even when device clocks disagree.
 */
import type { PeopleList, Person, Profile, Settings } from './model';

/** One entity's state in the synced copy. `x` marks a removal; `v` is the value otherwise. */
export interface SyncEntry {
  t: number;
  d: string;
  x?: 1;
  v?: unknown;
}

/** The synced copy: entity id → entry. Ids: `person:<id>`, `profile:<id>`, `setting:<name>`. */
export interface SyncDoc {
  e: Record<string, SyncEntry>;
}

/** Removals are remembered this long; a device offline for longer may bring an entry back. */
export const TOMBSTONE_TTL_MS = 90 * 86_400_000;

/** Settings that stay on each device: whether to sync is a per-device choice. */
const LOCAL_ONLY: (keyof Settings)[] = ['sync'];

/** JSON with object keys sorted at every depth: equal values give equal strings. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The list and settings as entities. */
export function entitiesOf(list: PeopleList, settings: Settings): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const { profiles, ...person } of list.people) {
    out.set(`person:${person.id}`, person);
    for (const profile of profiles) out.set(`profile:${profile.id}`, { ...profile, personId: person.id });
  }
  for (const [key, value] of Object.entries(settings)) {
    if (!LOCAL_ONLY.includes(key as keyof Settings)) out.set(`setting:${key}`, value);
  }
  return out;
}

/** The highest stamp in any of the docs. */
export function latestStamp(...docs: SyncDoc[]): number {
  return Math.max(0, ...docs.flatMap((doc) => Object.values(doc.e).map((entry) => entry.t)));
}

/**
 * Records local changes: entities that differ from `shadow` (the last merged copy) get a
 * new stamp `t`, entities gone since get a tombstone. `weakDefaults` stamps settings still
 * at their default with 0, so a device joining sync never overrides others' choices.
 */
export function stampLocal(
  shadow: SyncDoc,
  local: Map<string, unknown>,
  stamp: { t: number; d: string; defaults?: Settings },
): SyncDoc {
  const e: Record<string, SyncEntry> = {};
  for (const [id, value] of local) {
    const known = shadow.e[id];
    if (known && !known.x && stableJson(known.v) === stableJson(value)) e[id] = known;
    else e[id] = { t: isDefault(id, value, stamp.defaults) ? 0 : stamp.t, d: stamp.d, v: value };
  }
  for (const [id, known] of Object.entries(shadow.e)) {
    if (!(id in e)) e[id] = known.x ? known : { t: stamp.t, d: stamp.d, x: 1 };
  }
  return { e };
}

function isDefault(id: string, value: unknown, defaults: Settings | undefined): boolean {
  if (!defaults || !id.startsWith('setting:')) return false;
  return stableJson(defaults[id.slice('setting:'.length) as keyof Settings]) === stableJson(value);
}

function newer(a: SyncEntry, b: SyncEntry): boolean {
  return a.t !== b.t ? a.t > b.t : a.d > b.d;
}

/** Per entity, the later stamp wins; old tombstones are dropped. */
export function mergeDocs(a: SyncDoc, b: SyncDoc, now: number): SyncDoc {
  const e: Record<string, SyncEntry> = { ...a.e };
  for (const [id, entry] of Object.entries(b.e)) {
    const mine = e[id];
    if (!mine || newer(entry, mine)) e[id] = entry;
  }
  for (const [id, entry] of Object.entries(e)) {
    if (entry.x && now - entry.t > TOMBSTONE_TTL_MS) delete e[id];
  }
  return { e };
}

/** Keeps `current`'s order for items still present; new ones follow, oldest first. */
function ordered<T extends { id: string; addedAt: number }>(items: T[], current: { id: string }[]): T[] {
  const rank = new Map(current.map((item, i) => [item.id, i]));
  const r = (item: T) => rank.get(item.id) ?? Number.MAX_SAFE_INTEGER;
  return [...items].sort((a, b) => r(a) - r(b) || byAge(a, b));
}

// Every device must pick the same survivor among duplicates, or two devices could each
// remove the other's; so the choice depends only on the data: oldest, then lowest id.
function byAge(a: { id: string; addedAt: number }, b: { id: string; addedAt: number }): number {
  return a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function liveValues<T>(doc: SyncDoc, prefix: string): T[] {
  return Object.entries(doc.e)
    .filter(([id, entry]) => !entry.x && id.startsWith(prefix))
    .map(([, entry]) => entry.v as T);
}

/**
 * The list and settings a merged copy describes. Two devices may list the same person (same
 * label) or profile (same platform and key) under different ids: the oldest is kept, a
 * duplicate person's profiles move to it, and the next round removes the duplicate everywhere.
 */
export function materialize(
  doc: SyncDoc,
  current: PeopleList,
  settings: Settings,
): { list: PeopleList; settings: Settings } {
  const keptByLabel = new Map<string, Person>();
  const owner = new Map<string, Person>();
  for (const person of liveValues<Omit<Person, 'profiles'>>(doc, 'person:').sort(byAge)) {
    const label = person.label.trim().toLocaleLowerCase();
    const kept = keptByLabel.get(label) ?? { ...person, profiles: [] };
    keptByLabel.set(label, kept);
    owner.set(person.id, kept);
  }
  const seen = new Set<string>();
  for (const { personId, ...profile } of liveValues<Profile & { personId: string }>(doc, 'profile:').sort(
    byAge,
  )) {
    const key = `${profile.platform}\u0000${profile.key}`;
    const person = owner.get(personId);
    if (!person || seen.has(key)) continue;
    seen.add(key);
    person.profiles.push(profile);
  }
  const currentProfiles = current.people.flatMap((p) => p.profiles);
  const people = ordered([...keptByLabel.values()], current.people).map((p) => ({
    ...p,
    profiles: ordered(p.profiles, currentProfiles),
  }));
  const synced = Object.fromEntries(
    Object.entries(doc.e)
      .filter(([id, entry]) => !entry.x && id.startsWith('setting:'))
      .map(([id, entry]) => [id.slice('setting:'.length), entry.v]),
  );
  return { list: { people }, settings: { ...settings, ...synced, sync: settings.sync } };
}
