/**
 * Keeps an alarm set for the next scheduled (cooling-off) change, so the background applies
 * it on time with no page open. Scheduled times are on the product clock (utils/clock.ts),
 * which a browser test may move ahead, while alarms run on real time: the alarm is set as
 * far ahead of real now as the change is ahead of clock now.
 */
import { browser } from 'wxt/browser';
import { currentTime } from './clock';
import { applyDueChanges, nextApplyAt } from './commitment-runner';
import type { PendingChange } from './model';
import { getPendingChanges } from './settings';

/** The alarm's name (the allowance expiry has its own, EXPIRY_ALARM). */
export const COMMITMENT_ALARM = 'commitment-apply';

/** The real time for an alarm at clock time `applyAt`; never in the past. */
export function alarmTime(applyAt: number, clockNow: number, realNow: number): number {
  return realNow + Math.max(0, applyAt - clockNow);
}

/** Sets the alarm for the earliest waiting change, or clears it; resolves with its real time or null. */
export async function scheduleCommitmentAlarm(pending: readonly PendingChange[]): Promise<number | null> {
  const next = nextApplyAt(pending);
  if (next === null) {
    await browser.alarms.clear(COMMITMENT_ALARM);
    return null;
  }
  const when = alarmTime(next, await currentTime(), Date.now());
  await browser.alarms.create(COMMITMENT_ALARM, { when });
  return when;
}

/** Applies every change that is due, then sets the alarm for whatever still waits. */
export async function applyDueAndReschedule(): Promise<PendingChange[]> {
  const applied = await applyDueChanges();
  await scheduleCommitmentAlarm(await getPendingChanges());
  return applied;
}
