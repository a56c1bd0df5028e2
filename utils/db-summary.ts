/**
 * What the popup reads, kept small and ready: the newest reflections, the streak's digest
 * (utils/streak-digest.ts), and events per local day. Years of history then cost the popup one small
 * record each instead of hundreds of records. Pure: utils/db.ts keeps these in its `summary`
 * store, rewritten in the same transaction as every write they depend on, so they can never
 * disagree with the records; they are rebuilt from the records after an import or upgrade.
 */
import { dayKey, localDay } from './local-day';
import type { EventType, Reflection, StoredEvent } from './model';
import type { StreakEvent } from './streak';
import type { StreakDigest } from './streak-digest';

/** How many of the newest reflections are kept ready: the popup shows 3. */
export const RECENT_KEPT = 3;

/**
 * How many of the latest days of counts are kept ready in their own small record: the
 * popup's chart (14 days) and week (7), with room. Older ranges read the whole history.
 */
export const RECENT_DAYS = 31;

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

/**
 * The last days of a DayCounts: it answers for every day from `from` on (days after its
 * arrays count nothing, as in the whole history); `from` is -Infinity when it holds all of it.
 */
export interface RecentDayCounts extends DayCounts {
  from: number;
}

/** The summary store's records, by key. */
export interface Summaries {
  'recent-reflections': Reflection[];
  /** The streak's past in the user's zone (utils/streak-digest.ts); null before any start. */
  'streak-digest': StreakDigest | null;
  'day-counts': DayCounts;
  /** The last RECENT_DAYS of 'day-counts', what the popup reads (v4 on). */
  'recent-days': RecentDayCounts;
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

/** The last `days` local days up to the one holding `now`, today last. */
export function lastLocalDays(days: number, now: number, timeZone: string): number[] {
  const today = localDay(now, timeZone);
  return Array.from({ length: Math.max(0, days) }, (_, i) => today - days + 1 + i);
}

/** Days with their counts, as the charts show them: `YYYY-MM-DD` and a count. */
export function labelDays(days: number[], counts: number[]): { day: string; count: number }[] {
  return days.map((d, i) => ({ day: dayKey(d), count: counts[i] ?? 0 }));
}

/** The last `span` days of `all`, up to its latest counted day (see RecentDayCounts). */
export function recentDaysOf(all: DayCounts, span: number = RECENT_DAYS): RecentDayCounts {
  const start = Math.max(0, all.counts.paused.length - span);
  return {
    timeZone: all.timeZone,
    first: all.first + start,
    from: start === 0 ? Number.NEGATIVE_INFINITY : all.first + start,
    counts: {
      paused: all.counts.paused.slice(start),
      'turned-back': all.counts['turned-back'].slice(start),
    },
  };
}

/**
 * The counts of `type` on each of `days` (ascending) in `timeZone` from `summary`, or null
 * when it cannot answer for all of them: none stored, another zone, or days older than a
 * recent record holds.
 */
export function countsFromSummary(
  summary: DayCounts | RecentDayCounts | undefined,
  type: CountedType,
  days: number[],
  timeZone: string,
): number[] | null {
  if (summary?.timeZone !== timeZone) return null;
  if ('from' in summary && (days[0] ?? summary.from) < summary.from) return null;
  return countsOnDays(summary, type, days);
}
