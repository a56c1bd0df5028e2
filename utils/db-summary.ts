/**
 * What the popup reads, kept small and ready: the newest reflections, the streak's digest
 * (utils/streak-digest.ts), and events per local day. Years of history then cost the popup one small
 * record each instead of hundreds of records. Pure: utils/db.ts keeps these in its `summary`
 * store, rewritten in the same transaction as every write they depend on, so they can never
 * disagree with the records; they are rebuilt from the records after an import or upgrade.
 */
import { localDay } from './local-day';
import type { EventType, Reflection, StoredEvent } from './model';
import type { StreakEvent } from './streak';
import type { StreakDigest } from './streak-digest';

/** How many of the newest reflections are kept ready (the popup shows 3). */
export const RECENT_KEPT = 5;

/** The event types counted per day (the popup's chart and its week of turning back). */
export const COUNTED_TYPES = ['paused', 'turned-back'] as const;
export type CountedType = (typeof COUNTED_TYPES)[number];

export type { StreakEvent };

/** Events per local day (day number → count) in one time zone, over all of history. */
export interface DayCounts {
  timeZone: string;
  counts: Record<CountedType, Record<number, number>>;
}

/** The summary store's records, by key. */
export interface Summaries {
  'recent-reflections': Reflection[];
  /** The streak's past in the user's zone (utils/streak-digest.ts); null before any start. */
  'streak-digest': StreakDigest | null;
  'day-counts': DayCounts;
}

/** Whether events of this type are counted per day. */
export function isCounted(type: EventType): type is CountedType {
  return (COUNTED_TYPES as readonly string[]).includes(type);
}

/** The fields of an event that computeStreak needs, and nothing else. */
export function toStreakEvent(e: StoredEvent): StreakEvent {
  const out: StreakEvent = { type: e.type, at: e.at };
  if (e.type === 'start-date-set') out.startDate = e.startDate;
  if (e.type === 'continued' && e.countsAsContact !== undefined) out.countsAsContact = e.countsAsContact;
  return out;
}

/** Counts per local day of `events` (any types; uncounted ones are skipped). */
export function dayCountsOf(events: Pick<StoredEvent, 'type' | 'at'>[], timeZone: string): DayCounts {
  const summary: DayCounts = { timeZone, counts: { paused: {}, 'turned-back': {} } };
  for (const e of events) if (isCounted(e.type)) addToDay(summary, e.type, e.at);
  return summary;
}

/** Counts one more event of `type` at `at` (mutates `summary`). */
export function addToDay(summary: DayCounts, type: CountedType, at: number): void {
  const day = localDay(at, summary.timeZone);
  const counts = summary.counts[type];
  counts[day] = (counts[day] ?? 0) + 1;
}

/** The counts of `type` on each of `days` (local day numbers in the summary's zone). */
export function countsOnDays(summary: DayCounts, type: CountedType, days: number[]): number[] {
  const counts = summary.counts[type];
  return days.map((d) => counts[d] ?? 0);
}
