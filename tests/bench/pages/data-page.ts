/**
 * A benchmark-only extension page (bundled by tests/bench/pages/build.mjs into the bench
 * build as bench/data.html, never shipped): seeds the database and storage through the data
 * layer's own functions, and times the queries the popup makes. Driven from the bench with
 * `tab.evaluate(() => window.__bench.…)`.
 */
import { browser } from 'wxt/browser';
import { clearAllData, countPausesPerDay, DB_NAME, importRecords, listRecentReflections } from '@/utils/db';
import { userTimeZone } from '@/utils/local-day';
import type { PeopleList } from '@/utils/model';
import { CHART_DAYS, loadRecords, loadStreak, RECENT_REFLECTIONS } from '@/utils/popup-data';
import { DEFAULT_SETTINGS, getSettings, saveList, writeStoredData } from '@/utils/settings';
import { makeSeed, type SeedOptions } from '../../support/seed';
import type { TaskName } from '../lib/browsers';

/**
 * Calls in a batch. Extension pages read a clock coarsened to 0.1 ms, and these queries take a
 * few tenths of a millisecond: one call would measure the clock's step, not the query.
 */
const BATCH = 20;

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

let tasks: Record<TaskName, () => Promise<unknown>> | null = null;

/**
 * Readies the popup's data-layer queries on this (freshly opened) page and has each answer
 * once: all the popup's records as it reads them, each query alone, and a floor, one
 * read-only transaction that finds nothing on a connection of its own (what the storage
 * engine takes for any query, before reading a byte of ours). `batch` then times them.
 */
async function prepare(now: number): Promise<void> {
  const timeZone = userTimeZone();
  const settings = await getSettings();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  tasks = {
    // As the popup makes them (utils/popup-data.ts): one read of the summaries for all of its
    // records, the week's turning back included.
    together: () => {
      const r = loadRecords(Promise.resolve(settings), Promise.resolve(now), timeZone);
      return Promise.all([r.streak, r.turnedBackThisWeek, r.pausesPerDay, r.reflections]);
    },
    reflections: () => listRecentReflections(RECENT_REFLECTIONS),
    pausesPerDay: () => countPausesPerDay(CHART_DAYS, now, timeZone),
    streak: () => loadStreak(Promise.resolve(settings), Promise.resolve(now), timeZone),
    nothing: () =>
      new Promise((resolve, reject) => {
        const get = db.transaction('summary').objectStore('summary').get('-');
        get.onsuccess = () => resolve(get.result);
        get.onerror = () => reject(get.error);
      }),
  };
  for (const task of Object.values(tasks)) await task();
}

/** Milliseconds per call of `name`: the mean of BATCH calls in a row. */
async function batch(name: TaskName): Promise<number> {
  const task = tasks?.[name];
  if (!task) throw new Error(`No task ${name}: call prepare first`);
  const start = performance.now();
  for (let i = 0; i < BATCH; i++) await task();
  return (performance.now() - start) / BATCH;
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

const api = { seed, setList, saveList, prepare, batch, dynamicRuleCount, redirectToBlank, ready: true };
(globalThis as unknown as { __bench: typeof api }).__bench = api;
