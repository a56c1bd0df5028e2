/**
 * A benchmark-only extension page (bundled by tests/bench/pages/build.mjs into the bench
 * build as bench/data.html, never shipped): seeds the database and storage through the data
 * layer's own functions, and times the queries the popup makes. Driven from the bench with
 * `tab.evaluate(() => window.__bench.…)`.
 */
import { browser } from 'wxt/browser';
import { clearAllData, countPausesPerDay, importRecords, listRecentReflections } from '@/utils/db';
import type { PeopleList } from '@/utils/model';
import { CHART_DAYS, loadStreak, RECENT_REFLECTIONS, userTimeZone } from '@/utils/popup-data';
import { DEFAULT_SETTINGS, getSettings, saveList, writeStoredData } from '@/utils/settings';
import { makeSeed, type SeedOptions } from '../../support/seed';

/** Milliseconds a task took. */
async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** Replaces every event and reflection, the list and the settings with a seeded data set. */
async function seed(options: SeedOptions & { list?: PeopleList }) {
  const data = makeSeed(options);
  await clearAllData();
  await importRecords({ events: data.events, reflections: data.reflections }, 'replace');
  await writeStoredData({ list: options.list ?? data.list, settings: data.settings, pendingChanges: [] });
  return { events: data.events.length, reflections: data.reflections.length };
}

/** Stores a list (and onboarded settings), as the options page would. */
async function setList(list: PeopleList, startDate: number) {
  await writeStoredData({
    list,
    settings: { ...DEFAULT_SETTINGS, startDate, onboarded: true },
    pendingChanges: [],
  });
}

/** The popup's data-layer queries, each timed on its own, once the database is open. */
async function queries(now: number) {
  const timeZone = userTimeZone();
  const settings = await getSettings();
  await countPausesPerDay(1, now, timeZone); // opens the database, so no query pays for that
  return {
    reflections: await time(() => listRecentReflections(RECENT_REFLECTIONS)),
    pausesPerDay: await time(() => countPausesPerDay(CHART_DAYS, now, timeZone)),
    streak: await time(() => loadStreak(Promise.resolve(settings), Promise.resolve(now), timeZone)),
  };
}

/** How many network rules the background has installed (it compiles them after a list change). */
async function dynamicRuleCount(): Promise<number> {
  return (await browser.declarativeNetRequest.getDynamicRules()).length;
}

const api = { seed, setList, saveList, queries, dynamicRuleCount, ready: true };
(globalThis as unknown as { __bench: typeof api }).__bench = api;
