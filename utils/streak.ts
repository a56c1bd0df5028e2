/**
 * The no-contact streak, derived (never stored) from the start date, the events that shape
 * it, and a clock. Pure: no storage, no Date.now().
 *
 * A day is a local wall-clock day in the user's time zone: a streak that began at 21:00 has
 * its first day at 21:00 the next local calendar day, whether that day had 23, 24 or 25
 * hours. A start date set at local midnight therefore ticks over at each local midnight.
 */
import { DAY_MS, HOUR_MS, localTime } from './local-day';
import type { StoredEvent } from './model';

/** Days worth a gentle note. 77 is eleven weeks, about when many people feel better. */
export const MILESTONES: readonly number[] = Object.freeze([1, 3, 7, 14, 21, 30, 45, 60, 77, 90, 180, 365]);

/** One streak: from a (re)start to the next break, or ongoing (`end: null`). */
export interface StreakSpan {
  start: number;
  end: number | null;
  days: number;
}

/** Everything the popup, pause page and history need to show about streaks. */
export interface StreakSummary {
  /** `hours` are the whole hours beyond `days` (shown in the first two days). */
  current: { since: number; days: number; hours: number };
  best: { days: number; start: number; end: number | null };
  /** Every streak, newest first; the ongoing one (if started) comes first with `end: null`. */
  history: StreakSpan[];
  /** `progress` runs 0–1 from the previous milestone to this one. */
  nextMilestone: { days: number; progress: number } | null;
  /** The milestone whose day it is today, for a gentle note. */
  reachedMilestone: number | null;
  goal: { days: number; progress: number; reached: boolean } | null;
  /** False until a start date is set and has arrived. */
  started: boolean;
}

/** Just what computeStreak reads of an event (a StoredEvent is one). */
export type StreakEvent = Pick<StoredEvent, 'type' | 'at'> & {
  startDate?: number;
  countsAsContact?: boolean;
};

/** Inputs to computeStreak; `events` may hold any events, only streak-shaping ones are used. */
export interface StreakInput {
  startDate: number | null;
  events: readonly StreakEvent[];
  now: number;
  timeZone: string;
  goalDays: number | null;
}

// A closed streak shorter than this is a burst of slips (several "Continue" in a row),
// not a streak worth listing. The events stay stored; only the history row is skipped.
const MIN_LISTED_MS = HOUR_MS;

/** Whether an event ends the streak: logged contact, or continuing when that counts. */
export function breaksStreak(event: StreakEvent): boolean {
  return event.type === 'contact-logged' || (event.type === 'continued' && event.countsAsContact === true);
}

/** Whole local days from `from` to `to`, and the whole hours beyond them. */
export function elapsed(
  from: number,
  to: number,
  timeZone: string,
): { days: number; hours: number; fraction: number } {
  if (to <= from) return { days: 0, hours: 0, fraction: 0 };
  const a = localTime(from, timeZone);
  const b = localTime(to, timeZone);
  const days = Math.max(0, b.day - a.day - (b.msOfDay < a.msOfDay ? 1 : 0));
  // On the first day real elapsed time is the honest answer; later, the wall-clock remainder.
  const rest = days === 0 ? to - from : (b.msOfDay - a.msOfDay + DAY_MS) % DAY_MS;
  return { days, hours: Math.floor(rest / HOUR_MS), fraction: days + Math.min(rest, DAY_MS - 1) / DAY_MS };
}

/**
 * The instants a streak starts from. Start dates are replayed in the order they were set:
 * moving the date later restarts the streak there (the earlier stretch stays in history);
 * moving it earlier corrects it, replacing any later start it now covers.
 */
function startPoints(startDate: number, events: readonly StreakEvent[]): number[] {
  const starts: number[] = [];
  const apply = (s: number) => {
    while (starts.length > 0 && (starts.at(-1) as number) >= s) starts.pop();
    starts.push(s);
  };
  const sets = events
    .filter(
      (e): e is StreakEvent & { startDate: number } =>
        e.type === 'start-date-set' && e.startDate !== undefined,
    )
    .sort((x, y) => x.at - y.at);
  for (const e of sets) apply(e.startDate);
  // The stored setting is authoritative; events may predate it (imports, older data).
  if (starts.at(-1) !== startDate) apply(startDate);
  return starts;
}

/** Every streak span from the first start to now, oldest first. */
function spans(
  startDate: number,
  events: readonly StreakEvent[],
  now: number,
): { start: number; end: number | null }[] {
  const starts = startPoints(startDate, events);
  const origin = starts[0] as number;
  const breaks = events.filter((e) => breaksStreak(e) && e.at >= origin).map((e) => Math.min(e.at, now));
  const points = [...new Set([...starts, ...breaks])].sort((x, y) => x - y);
  return points.map((start, i) => ({ start, end: points[i + 1] ?? null }));
}

function milestoneProgress(days: number, fraction: number): StreakSummary['nextMilestone'] {
  const next = MILESTONES.find((m) => m > days);
  if (next === undefined) return null;
  const previous = [...MILESTONES].reverse().find((m) => m <= days) ?? 0;
  return { days: next, progress: Math.min(1, Math.max(0, (fraction - previous) / (next - previous))) };
}

function notStarted(startDate: number | null, now: number, history: StreakSpan[]): StreakSummary {
  const best = history.reduce<StreakSpan | null>((b, s) => (b && b.days > s.days ? b : s), null);
  return {
    current: { since: startDate ?? now, days: 0, hours: 0 },
    best: best
      ? { days: best.days, start: best.start, end: best.end }
      : { days: 0, start: startDate ?? now, end: null },
    history,
    nextMilestone: null,
    reachedMilestone: null,
    goal: null,
    started: false,
  };
}

/** Current, best and past streaks, milestones and goal progress at `now`. */
export function computeStreak(input: StreakInput): StreakSummary {
  const { startDate, events, now, timeZone, goalDays } = input;
  if (startDate === null) return notStarted(null, now, []);
  const all = spans(startDate, events, now);
  const history: StreakSpan[] = all
    .filter((s) => s.start <= now && (s.end === null || s.end - s.start >= MIN_LISTED_MS))
    .map((s) => ({ ...s, days: elapsed(s.start, Math.min(s.end ?? now, now), timeZone).days }))
    .reverse();
  const current = all.at(-1) as { start: number };
  if (current.start > now) return notStarted(current.start, now, history);
  const closed = history.filter((s) => s.end !== null);
  // Ties go to the most recent streak (history is newest first).
  const bestClosed = closed.reduce<StreakSpan | null>(
    (b, s) => (b === null || s.days > b.days ? s : b),
    null,
  );
  return { ...ongoingStreak(current.start, bestClosed, now, timeZone, goalDays), history };
}

/** A streak summary without the history of past streaks (what the popup and pause page show). */
export type StreakNow = Omit<StreakSummary, 'history'>;

/**
 * The streak ongoing since `since` at `now`, given the best of the closed streaks before it:
 * the current days, the best (the ongoing one wins ties), milestones and the goal.
 */
export function ongoingStreak(
  since: number,
  bestClosed: StreakSpan | null,
  now: number,
  timeZone: string,
  goalDays: number | null,
): StreakNow {
  const { days, hours, fraction } = elapsed(since, now, timeZone);
  const best = bestClosed && bestClosed.days > days ? bestClosed : { days, start: since, end: null };
  return {
    current: { since, days, hours },
    best: { days: best.days, start: best.start, end: best.end },
    nextMilestone: milestoneProgress(days, fraction),
    reachedMilestone: MILESTONES.includes(days) ? days : null,
    goal:
      goalDays && goalDays > 0
        ? { days: goalDays, progress: Math.min(1, fraction / goalDays), reached: days >= goalDays }
        : null,
    started: true,
  };
}
