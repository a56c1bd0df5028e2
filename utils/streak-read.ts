/**
 * The streak as the popup and the pause page show it: from the digest the data layer keeps
 * (one small read, however long the history), or computed from the streak events whenever
 * the digest does not apply (another zone, another start date).
 */
import { listStreakEvents, readStreakDigest } from './db';
import type { Settings } from './model';
import { computeStreak, type StreakNow } from './streak';
import { type StreakDigest, streakFromDigest } from './streak-digest';

/** The streak at `now` in `timeZone` for the stored start date and goal. */
export async function readStreak(
  settings: Pick<Settings, 'startDate' | 'goalDays'>,
  now: number,
  timeZone: string,
  /** The digest when the caller has read it already (the popup reads its summaries at once). */
  stored?: StreakDigest | null,
): Promise<StreakNow> {
  const at = { startDate: settings.startDate, now, timeZone, goalDays: settings.goalDays };
  const digest = stored === undefined ? await readStreakDigest() : stored;
  const ready = digest && streakFromDigest(digest, at);
  if (ready) return ready;
  const { history: _, ...streak } = computeStreak({ ...at, events: await listStreakEvents() });
  return streak;
}
