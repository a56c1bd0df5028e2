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

/** How many of the newest reflections are kept ready: the popup shows 3. */
export const RECENT_KEPT = 3;

/** The event types counted per day (the popup's chart and its week of turning back). */
export const COUNTED_TYPES = ['paused', 'turned-back'] as const;
export type CountedType = (typeof COUNTED_TYPES)[number];

export type { StreakEvent };

/**
 * Events per local day in one time zone, over all of history: `counts[type][i]` is the count
 * on local day `first + i`. Typed arrays, so years of days are read back as one small block.
 */
export interface DayCounts {
  timeZone: string;
  first: number;
  counts: Record<CountedType, Uint32Array>;
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
  const counted = events.filter((e) => isCounted(e.type));
  const days = counted.map((e) => localDay(e.at, timeZone));
  // A loop, not Math.min(...days): years of events are more arguments than a call may take.
  let first = days[0] ?? 0;
  let last = first - 1;
  for (const d of days) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  const length = last - first + 1;
  const summary: DayCounts = {
    timeZone,
    first,
    counts: { paused: new Uint32Array(length), 'turned-back': new Uint32Array(length) },
  };
  counted.forEach((e, i) => {
    (summary.counts[e.type as CountedType][(days[i] as number) - first] as number)++;
  });
  return summary;
}

/** Counts one more event of `type` at `at` (mutates `summary`, widening its days if needed). */
export function addToDay(summary: DayCounts, type: CountedType, at: number): void {
  const day = localDay(at, summary.timeZone);
  const length = summary.counts.paused.length;
  if (length === 0 || day < summary.first || day >= summary.first + length) {
    const first = length === 0 ? day : Math.min(summary.first, day);
    const end = length === 0 ? day + 1 : Math.max(summary.first + length, day + 1);
    for (const t of COUNTED_TYPES) {
      const wider = new Uint32Array(end - first);
      if (length > 0) wider.set(summary.counts[t], summary.first - first);
      summary.counts[t] = wider;
    }
    summary.first = first;
  }
  (summary.counts[type][day - summary.first] as number)++;
}

/** The counts of `type` on each of `days` (local day numbers in the summary's zone). */
export function countsOnDays(summary: DayCounts, type: CountedType, days: number[]): number[] {
  const counts = summary.counts[type];
  return days.map((d) => counts[d - summary.first] ?? 0);
}
