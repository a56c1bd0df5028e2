/**
 * A benchmark-only extension page (bundled by tests/bench/pages/build.mjs into the bench
 * build as bench/data.html, never shipped): seeds the database and storage through the data
 * layer's own functions, and times the queries the popup makes. Driven from the bench with
 * `tab.evaluate(() => window.__bench.…)`.
 */
import { browser } from 'wxt/browser';
import { clearAllData, countPausesPerDay, importRecords, listRecentReflections } from '@/utils/db';
import { userTimeZone } from '@/utils/local-day';
import type { PeopleList } from '@/utils/model';
import { CHART_DAYS, loadStreak, RECENT_REFLECTIONS } from '@/utils/popup-data';
import { DEFAULT_SETTINGS, getSettings, saveList, writeStoredData } from '@/utils/settings';
import { makeSeed, type SeedOptions } from '../../support/seed';

/**
 * Milliseconds a task takes: the mean of REPEATS calls in a row, the first of them on a
 * freshly opened page. Extension pages read a clock coarsened to 0.1 ms, and these queries
 * take a few tenths of a millisecond: one call would measure the clock's step, not the query.
 */
const REPEATS = 10;
async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < REPEATS; i++) await task();
  return (performance.now() - start) / REPEATS;
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

/**
 * The popup's data-layer queries, each timed on its own once the database is open and has
 * answered each of them once. Opening a large database sets the browser's storage engine to
 * work for a moment after it: whichever query came first was slower, in every order, and
 * timing the same query again later gave equal times. So the order of the single queries
 * turns by one each run (`turn`), and each sits in every position equally often. The popup's
 * own time, measured separately, counts opening the database.
 */
async function queries(now: number, turn = 0) {
  const timeZone = userTimeZone();
  const settings = await getSettings();
  const run = {
    reflections: () => listRecentReflections(RECENT_REFLECTIONS),
    pausesPerDay: () => countPausesPerDay(CHART_DAYS, now, timeZone),
    streak: () => loadStreak(Promise.resolve(settings), Promise.resolve(now), timeZone),
  };
  for (const query of Object.values(run)) await query();
  const together = await time(() => Promise.all([run.reflections(), run.pausesPerDay(), run.streak()]));
  const names = Object.keys(run) as (keyof typeof run)[];
  const order = names.map((_, i) => names[(i + turn) % names.length] as keyof typeof run);
  const single: Record<string, number> = {};
  for (const name of order) single[name] = await time(run[name]);
  return { together, ...(single as Record<keyof typeof run, number>) };
}

/** How many network rules the background has installed (it compiles them after a list change). */
async function dynamicRuleCount(): Promise<number> {
  return (await browser.declarativeNetRequest.getDynamicRules()).length;
}

/** Beyond the list's rule ids (utils/network-rules.ts), which the background never touches. */
const REDIRECT_RULE_ID = 900_000;

/**
 * A network rule made like the list's (a regex, main frames, the URL in the fragment) that
 * sends page loads of `url` to bench/blank.html: the cost of the browser's redirect alone,
 * to a page that costs no more than the blank one.
 */
async function redirectToBlank(url: string, domain: string) {
  const escaped = url.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: [REDIRECT_RULE_ID],
    addRules: [
      {
        id: REDIRECT_RULE_ID,
        priority: 1,
        action: {
          type: 'redirect',
          redirect: { regexSubstitution: `${new URL('blank.html', location.href).href}#\\0` },
        },
        condition: { regexFilter: `^${escaped}`, resourceTypes: ['main_frame'], requestDomains: [domain] },
      },
    ],
  } as never);
}

const api = { seed, setList, saveList, queries, dynamicRuleCount, redirectToBlank, ready: true };
(globalThis as unknown as { __bench: typeof api }).__bench = api;
