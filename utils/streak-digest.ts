/**
 * The past of a streak, computed once when it changes: when the ongoing streak began and the
 * best of the streaks before it. With it the popup and the pause page show the streak at any
 * later moment without reading years of breaks. Pure; utils/db.ts keeps one in step with the
 * streak events, and readers fall back to computeStreak whenever it does not apply.
 */
import { computeStreak, ongoingStreak, type StreakEvent, type StreakNow, type StreakSpan } from './streak';

/** The ongoing streak's start and the best closed streak, valid from `asOf` on. */
export interface StreakDigest {
  timeZone: string;
  /** The start date the digest assumed: the one the latest start-date-set event chose. */
  startDate: number;
  /** Every event and start point is at or before this; closed streaks cannot change after it. */
  asOf: number;
  since: number;
  bestClosed: StreakSpan | null;
}

/** The digest of streak events (oldest first) in `timeZone`, or null when nothing has started. */
export function digestStreak(events: readonly StreakEvent[], timeZone: string): StreakDigest | null {
  const sets = events.filter((e) => e.type === 'start-date-set' && e.startDate !== undefined);
  const latest = [...sets].sort((a, b) => a.at - b.at).at(-1);
  if (latest?.startDate === undefined) return null;
  const startDate = latest.startDate;
  const asOf = Math.max(...events.map((e) => e.at), ...sets.map((e) => e.startDate as number));
  const streak = computeStreak({ startDate, events, now: asOf, timeZone, goalDays: null });
  if (!streak.started) return null;
  const closed = streak.history.filter((s) => s.end !== null);
  // History is newest first, so ties keep the most recent, as computeStreak does.
  const bestClosed = closed.reduce<StreakSpan | null>(
    (b, s) => (b === null || s.days > b.days ? s : b),
    null,
  );
  return { timeZone, startDate, asOf, since: streak.current.since, bestClosed };
}

/**
 * The streak at `now` from a digest, exactly as computeStreak would give it (without the
 * history); null when the digest does not apply: another zone or start date, or a moment
 * before it was taken.
 */
export function streakFromDigest(
  digest: StreakDigest,
  at: { startDate: number | null; now: number; timeZone: string; goalDays: number | null },
): StreakNow | null {
  if (digest.timeZone !== at.timeZone || digest.startDate !== at.startDate || at.now < digest.asOf)
    return null;
  return ongoingStreak(digest.since, digest.bestClosed, at.now, at.timeZone, at.goalDays);
}
