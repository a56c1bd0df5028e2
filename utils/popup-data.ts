/**
 * Everything the popup shows, loaded in parallel as separate promises so the page can
 * draw the streak the moment it is known, without waiting for the chart or reflections.
 * Every read goes through an index (streak events, counts, the newest three reflections),
 * so years of history open as fast as none.
 */
import { browser } from 'wxt/browser';
import { currentTime } from './clock';
import { countEvents, countPausesPerDay, listRecentReflections, listStreakEvents } from './db';
import { localDay, startOfLocalDay } from './local-day';
import { sendMessage } from './messages';
import type { PeopleList, Reflection, Settings } from './model';
import type { TabOffer } from './popup-offer';
import { getList, getSettings } from './settings';
import { computeStreak, type StreakSummary } from './streak';

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
  streak: Promise<StreakSummary>;
  turnedBackThisWeek: Promise<number>;
  pausesPerDay: Promise<{ day: string; count: number }[]>;
  reflections: Promise<Reflection[]>;
  checkInDue: Promise<boolean>;
  offer: Promise<PopupOffer | null>;
}

/** The user's IANA time zone; day boundaries follow it. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The streak from stored settings and the few events that shape it. */
export async function loadStreak(settings: Promise<Settings>, now: Promise<number>, timeZone: string) {
  const [s, events, at] = await Promise.all([settings, listStreakEvents(), now]);
  return computeStreak({ startDate: s.startDate, events, now: at, timeZone, goalDays: s.goalDays });
}

/** Turned-back events over the last WEEK_DAYS local days, today included. */
export async function countTurnedBackThisWeek(now: number, timeZone: string): Promise<number> {
  const today = localDay(now, timeZone);
  const from = startOfLocalDay(today - WEEK_DAYS + 1, timeZone);
  const to = startOfLocalDay(today + 1, timeZone);
  return countEvents('turned-back', from, to);
}

/** Whether the goal is reached in this streak and no check-in was saved since it began. */
export async function isCheckInDue(streak: StreakSummary, now: number): Promise<boolean> {
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
  const streak = loadStreak(settings, now, timeZone);
  return {
    now,
    timeZone,
    settings,
    list,
    streak,
    turnedBackThisWeek: now.then((at) => countTurnedBackThisWeek(at, timeZone)),
    pausesPerDay: now.then((at) => countPausesPerDay(CHART_DAYS, at, timeZone)),
    reflections: listRecentReflections(RECENT_REFLECTIONS),
    checkInDue: Promise.all([streak, now]).then(([s, at]) => isCheckInDue(s, at)),
    offer: loadOffer().catch(() => null),
  };
}

/** Where the ring heads: whichever comes first of the next milestone and an unreached goal. */
export function ringTarget(
  streak: StreakSummary,
): { kind: 'milestone' | 'goal'; days: number; progress: number } | null {
  const { nextMilestone: next, goal } = streak;
  if (goal && !goal.reached && (!next || goal.days <= next.days)) {
    return { kind: 'goal', days: goal.days, progress: goal.progress };
  }
  return next ? { kind: 'milestone', days: next.days, progress: next.progress } : null;
}

/** The gentle note for today: the goal on the day it is reached, else a milestone day. */
export function todaysNote(streak: StreakSummary): { kind: 'goal' | 'milestone'; days: number } | null {
  if (!streak.started) return null;
  if (streak.goal && streak.current.days === streak.goal.days)
    return { kind: 'goal', days: streak.goal.days };
  return streak.reachedMilestone ? { kind: 'milestone', days: streak.reachedMilestone } : null;
}
