/**
 * Ids for people, profiles, events, reflections and pending changes. Random UUIDs, so two
 * devices (sync) or two backups (merge import) never mint the same id for different things.
 */

/** A new random id (a UUID v4). */
export function newId(): string {
  return crypto.randomUUID();
}
