/**
 * The backup file format, version 1, as a valibot schema: the single definition the
 * importer validates against. Times are epoch milliseconds (UTC).
 *
 * {
 *   "format": "breathing-room-backup",   // identifies the file
 *   "version": 1,                        // bumped on any incompatible change
 *   "exportedAt": 1717000000000,
 *   "list": { "people": [Person…] },     // as stored (utils/model.ts)
 *   "settings": { …Settings },           // missing fields take today's defaults
 *   "pendingChanges": [PendingChange…],  // optional; cooling-off changes not yet applied
 *   "events": [StoredEvent…],            // oldest first
 *   "reflections": [Reflection…]         // oldest first
 * }
 *
 * Unknown fields are dropped, so a file may carry extra notes without being refused.
 */
import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format';
import { PLATFORM_IDS } from './model';
/** Nothing in Breathing Room predates 2000; earlier dates mean a damaged or foreign file. */
export const EARLIEST_DATE = Date.UTC(2000, 0, 1);
/** Clocks differ between devices; beyond two days ahead a date is not a clock's doing. */
export const FUTURE_TOLERANCE_MS = 2 * 86_400_000;

// Limits only keep absurd files out (the file size is capped too); they are wide enough for
// anything the app itself stores, so every export imports again.
const shortText = v.pipe(v.string(), v.maxLength(10_000));
const longText = v.pipe(v.string(), v.maxLength(100_000));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** Issue messages the importer turns into calm, specific text. */
export const DATE_FUTURE = 'date-future';
export const DATE_PAST = 'date-past';

/** Schemas for the list and settings (also used to check what arrives through sync). */
export function listSchemas(now: number) {
  const time = v.pipe(
    v.number(),
    v.integer(),
    v.minValue(EARLIEST_DATE, DATE_PAST),
    v.maxValue(now + FUTURE_TOLERANCE_MS, DATE_FUTURE),
  );
  const profile = v.object({
    id,
    platform: v.picklist(PLATFORM_IDS),
    key: v.pipe(shortText, v.minLength(1)),
    handle: shortText,
    url: shortText,
    aliases: v.optional(v.array(shortText), []),
    paused: v.optional(v.boolean(), false),
    addedAt: time,
  });
  const person = v.object({
    id,
    label: shortText,
    note: v.optional(longText, ''),
    names: v.optional(v.array(shortText), []),
    profiles: v.array(profile),
    addedAt: time,
  });
  const settings = v.object({
    countdownSeconds: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(120))),
    strict: v.optional(v.boolean()),
    viewingCountsAsContact: v.optional(v.boolean()),
    startDate: v.optional(v.nullable(time)),
    goalDays: v.optional(v.nullable(v.pipe(v.number(), v.minValue(1), v.maxValue(3_650)))),
    suggestions: v.optional(v.array(v.object({ text: shortText, url: v.optional(shortText) }))),
    theme: v.optional(v.picklist(['system', 'light', 'dark'])),
    sync: v.optional(v.boolean()),
    coolingOffMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(30 * 86_400_000))),
    allowanceMinutes: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 60))),
    onboarded: v.optional(v.boolean()),
  });
  return { time, profile, person, settings };
}

function eventSchema(time: v.GenericSchema<number>) {
  const opt = v.optional(id);
  return v.variant('type', [
    v.object({
      id,
      type: v.literal('paused'),
      at: time,
      personId: opt,
      profileId: opt,
      platform: v.optional(v.picklist(PLATFORM_IDS)),
    }),
    v.object({ id, type: v.literal('turned-back'), at: time, pauseId: opt, personId: opt }),
    v.object({
      id,
      type: v.literal('continued'),
      at: time,
      pauseId: opt,
      personId: opt,
      countsAsContact: v.boolean(),
    }),
    v.object({
      id,
      type: v.literal('contact-logged'),
      at: time,
      kind: v.picklist(['i-reached-out', 'we-talked', 'they-reached-out-i-replied']),
      note: v.optional(longText),
      personId: opt,
    }),
    v.object({
      id,
      type: v.literal('check-in'),
      at: time,
      answers: v.record(shortText, longText),
    }),
    v.object({ id, type: v.literal('start-date-set'), at: time, startDate: time }),
  ]);
}

function reflectionSchema(time: v.GenericSchema<number>) {
  return v.object({
    id,
    text: v.pipe(
      v.string(),
      v.check((text) => text.trim().length > 0),
      v.maxLength(10_000),
    ),
    mood: v.optional(v.picklist([1, 2, 3, 4, 5])),
    prompt: v.optional(shortText),
    source: v.picklist(['pause', 'popup', 'journal']),
    personId: v.optional(id),
    pauseId: v.optional(id),
    createdAt: time,
    updatedAt: time,
  });
}

function pendingChangeSchema(time: v.GenericSchema<number>, settings: v.GenericSchema) {
  return v.object({
    id,
    createdAt: time,
    applyAt: v.pipe(v.number(), v.integer(), v.minValue(EARLIEST_DATE)),
    change: v.variant('kind', [
      v.object({ kind: v.literal('remove-profile'), personId: id, profileId: id }),
      v.object({ kind: v.literal('pause-profile'), personId: id, profileId: id }),
      v.object({ kind: v.literal('remove-person'), personId: id }),
      v.object({ kind: v.literal('remove-name'), personId: id, name: shortText }),
      v.object({ kind: v.literal('settings'), patch: settings }),
    ]),
  });
}

/** The header alone, checked first so a newer file gets "update" rather than a type error. */
export const headerSchema = v.object({ format: v.literal(BACKUP_FORMAT), version: v.number() });

/** The whole version-1 file, with dates checked against `now`. */
export function backupSchema(now: number) {
  const { time, person, settings } = listSchemas(now);
  return v.object({
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(BACKUP_VERSION),
    exportedAt: time,
    list: v.object({ people: v.array(person) }),
    settings,
    pendingChanges: v.optional(v.array(pendingChangeSchema(time, settings)), []),
    events: v.array(eventSchema(time)),
    reflections: v.array(reflectionSchema(time)),
  });
}

/** A backup file after validation. */
export type BackupFile = v.InferOutput<ReturnType<typeof backupSchema>>;
