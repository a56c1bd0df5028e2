/**
 * Everything the popup shows, loaded in parallel as separate promises so the page can
 * draw the streak the moment it is known, without waiting for the chart or reflections.
 * The streak events, the counts per day and the newest reflections come ready from the
 * data layer's summaries, read in one transaction, so years of history open as fast as none.
 */
import { browser } from 'wxt/browser';
import { currentTime } from './clock';
import {
  countEvents,
  countPerDay,
  listRecentReflections,
  type PopupSummaries,
  readPopupSummaries,
} from './db';
import type { RecentDayCounts } from './db-summary';
import { userTimeZone } from './local-day';
import { sendMessage } from './messages';
import type { PeopleList, Reflection, Settings } from './model';
import type { TabOffer } from './popup-offer';
import { getList, getSettings } from './settings';
import type { StreakNow } from './streak';
import { readStreak } from './streak-read';

/** How many reflections the popup lists. */
export const RECENT_REFLECTIONS = 3;
/** Days in the pause chart. */
export const CHART_DAYS = 14;
/** "This week" is the last 7 local days, today included: simple, and never resets on a Monday. */
export const WEEK_DAYS = 7;

export type { TabOffer };

/** An offer with the tab it was found in, so adding lists exactly what the tab shows. */
export type PopupOffer = TabOffer & { tabId: number };

/** The popup's data, each part resolving on its own. */
export interface PopupLoad {
  now: Promise<number>;
  timeZone: string;
  settings: Promise<Settings>;
  list: Promise<PeopleList>;
  streak: Promise<StreakNow>;
  turnedBackThisWeek: Promise<number>;
  pausesPerDay: Promise<{ day: string; count: number }[]>;
  reflections: Promise<Reflection[]>;
  checkInDue: Promise<boolean>;
  offer: Promise<PopupOffer | null>;
}

/**
 * The streak from the stored settings, ready from the data layer's digest (see
 * streak-read.ts); `summaries` when the digest was read already.
 */
export async function loadStreak(
  settings: Promise<Settings>,
  now: Promise<number>,
  timeZone: string,
  summaries?: Promise<PopupSummaries>,
) {
  const [s, at, read] = await Promise.all([settings, now, summaries]);
  return readStreak(s, at, timeZone, read?.digest);
}

/** Turned-back events over the last WEEK_DAYS local days, today included. */
export async function countTurnedBackThisWeek(
  now: number,
  timeZone: string,
  recent?: RecentDayCounts,
): Promise<number> {
  const days = await countPerDay('turned-back', WEEK_DAYS, now, timeZone, recent);
  return days.reduce((sum, d) => sum + d.count, 0);
}

/** The popup's records: the streak, the week, the chart and the newest reflections. */
export interface PopupRecords {
  streak: Promise<StreakNow>;
  turnedBackThisWeek: Promise<number>;
  pausesPerDay: Promise<{ day: string; count: number }[]>;
  reflections: Promise<Reflection[]>;
}

/**
 * Everything the popup shows from the database, from one read of the summaries. A part the
 * summaries cannot answer (another zone, a record not written yet, a failed read) falls back
 * to its own query, so one failure never blanks the others.
 */
export function loadRecords(
  settings: Promise<Settings>,
  now: Promise<number>,
  timeZone: string,
): PopupRecords {
  const summaries = readPopupSummaries().catch((): PopupSummaries => ({}));
  const withDays = Promise.all([now, summaries]);
  return {
    streak: loadStreak(settings, now, timeZone, summaries),
    turnedBackThisWeek: withDays.then(([at, read]) => countTurnedBackThisWeek(at, timeZone, read.days)),
    pausesPerDay: withDays.then(([at, read]) => countPerDay('paused', CHART_DAYS, at, timeZone, read.days)),
    reflections: summaries.then(
      (read) => read.reflections?.slice(0, RECENT_REFLECTIONS) ?? listRecentReflections(RECENT_REFLECTIONS),
    ),
  };
}

/** Whether the goal is reached in this streak and no check-in was saved since it began. */
export async function isCheckInDue(streak: StreakNow, now: number): Promise<boolean> {
  if (!streak.started || !streak.goal?.reached) return false;
  return (await countEvents('check-in', streak.current.since, now + 1)) === 0;
}

/**
 * The current tab's profile when it is recognisable and not on the list yet. The
 * background reads the tab (activeTab reveals it when the popup opens) and recognises it.
 */
export async function loadOffer(): Promise<PopupOffer | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const offer = await sendMessage('recogniseTab', { tabId: tab.id });
  return offer ? { ...offer, tabId: tab.id } : null;
}

/** Starts every read at once; nothing waits for anything it does not need. */
export function loadPopup(timeZone: string = userTimeZone()): PopupLoad {
  const now = currentTime();
  const settings = getSettings();
  const list = getList();
  const records = loadRecords(settings, now, timeZone);
  const { streak } = records;
  return {
    now,
    timeZone,
    settings,
    list,
    ...records,
    checkInDue: Promise.all([streak, now]).then(([s, at]) => isCheckInDue(s, at)),
    offer: loadOffer().catch(() => null),
  };
}

/** Where the ring heads: whichever comes first of the next milestone and an unreached goal. */
export function ringTarget(
  streak: StreakNow,
): { kind: 'milestone' | 'goal'; days: number; progress: number } | null {
  const { nextMilestone: next, goal } = streak;
  if (goal && !goal.reached && (!next || goal.days <= next.days)) {
    return { kind: 'goal', days: goal.days, progress: goal.progress };
  }
  return next ? { kind: 'milestone', days: next.days, progress: next.progress } : null;
}

/** The gentle note for today: the goal on the day it is reached, else a milestone day. */
export function todaysNote(streak: StreakNow): { kind: 'goal' | 'milestone'; days: number } | null {
  if (!streak.started) return null;
  if (streak.goal && streak.current.days === streak.goal.days)
    return { kind: 'goal', days: streak.goal.days };
  return streak.reachedMilestone ? { kind: 'milestone', days: streak.reachedMilestone } : null;
}
