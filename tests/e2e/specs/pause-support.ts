/** Shared data, probes and checks for the pause specs. */
import { expect } from 'vitest';
import { type E2E, type ExtBrowser, type FixtureServer, seedStorage, waitFor } from '../harness';

export const ALEX = 'https://www.instagram.com/alex/';

const profile = (id: string, platform: string, key: string, url: string) => ({
  id,
  platform,
  key,
  handle: `@${key}`,
  url,
  aliases: [],
  paused: false,
  addedAt: 0,
});

/** Alex, on Instagram and X, as the data layer stores the list. */
export const ALEX_LIST = {
  people: [
    {
      id: 'p-alex',
      label: 'Alex',
      note: '',
      names: [],
      addedAt: 0,
      profiles: [
        profile('ig-alex', 'instagram', 'alex', ALEX),
        profile('x-alex', 'x', 'alex', 'https://x.com/alex'),
      ],
    },
  ],
};

/** Stored settings: the defaults with a few changes. */
export function settings(patch: Record<string, unknown>) {
  return {
    countdownSeconds: 10,
    strict: false,
    viewingCountsAsContact: true,
    startDate: null,
    goalDays: null,
    suggestions: [],
    theme: 'system',
    sync: false,
    coolingOffMs: 0,
    allowanceMinutes: 5,
    onboarded: true,
    ...patch,
  };
}

/** A URL predicate: the tab shows our pause page. */
export const isPause = (browser: ExtBrowser) => (url: string) =>
  url.startsWith(browser.extensionUrl('pause.html'));

interface EventRow {
  id: string;
  type: string;
  at: number;
  pauseId?: string;
}

/** Events of `type` recorded at or after `since`, read straight from the extension's IndexedDB. */
export function pausedEventsSince(browser: ExtBrowser, since: number, type = 'paused'): Promise<EventRow[]> {
  return browser.evalInExtension(
    async (_api, wanted: string, from: number) => {
      // Opening a database that does not exist would create an empty one: check first.
      if (!(await indexedDB.databases()).some((db) => db.name === 'breathing-room')) return [];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('breathing-room');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains('events')) return [];
        const all = await new Promise<EventRow[]>((resolve, reject) => {
          const request = db.transaction('events').objectStore('events').getAll();
          request.onsuccess = () => resolve(request.result as EventRow[]);
          request.onerror = () => reject(request.error);
        });
        return all.filter((e) => e.type === wanted && e.at >= from);
      } finally {
        db.close();
      }
    },
    type,
    since,
  );
}

const ruleCount = async (browser: ExtBrowser) =>
  (await browser.evalInExtension((api) => api.declarativeNetRequest.getDynamicRules())).length;

/** Waits until the background has dropped the previous test's redirect rules (storage was reset). */
export async function noRules(browser: ExtBrowser): Promise<void> {
  await waitFor(async () => (await ruleCount(browser)) === 0 || undefined, {
    message: 'no redirect rules left from the previous test',
  });
}

/**
 * Seeds the list (and optional settings etc.) into a freshly reset storage and waits until
 * the background has compiled its rules, so no test starts in a gap between two rule sets.
 */
export async function listAlex(browser: ExtBrowser, extra: Record<string, unknown> = {}): Promise<void> {
  await noRules(browser);
  await seedStorage(browser, { list: ALEX_LIST, ...extra });
  await waitFor(async () => (await ruleCount(browser)) > 0 || undefined, {
    message: 'redirect rules for the list',
  });
}

/** Frames of a profile the fixture pages reported painted (their `frame` beacons). */
export const profileFrames = (server: FixtureServer, path: string) =>
  server.beacons('frame').filter((b) => b.data.path?.startsWith(path));

/**
 * In-app navigations, checked the same way with and without the Navigation API
 * (pause.spec.ts, no-navigation-api.spec.ts).
 */
export const inApp = {
  /** A link that pushes a listed profile's URL: the pause page, no frame of it, no request. */
  async pushStateIsPaused({ browser, server, tab }: E2E): Promise<void> {
    await listAlex(browser);
    await tab.goto(server.spaUrl('www.instagram.com', ['/alex/', '/bob/']));
    await tab.waitFor('#spa-home');
    await tab.click('#spa-link-0');
    await tab.waitForUrl(isPause(browser));
    await tab.waitFor({ role: 'button', name: 'Go back' });
    expect(profileFrames(server, '/alex')).toEqual([]);
    expect(server.requestsFor('instagram.com', '/alex')).toEqual([]);
  },

  /** history.replaceState to a listed profile: the pause page, no frame of it. */
  async replaceStateIsPaused({ browser, server, tab }: E2E): Promise<void> {
    await listAlex(browser);
    await tab.goto(server.spaUrl('www.instagram.com'));
    await tab.waitFor('#spa-home');
    await tab.evaluate(() => (window as unknown as { __replace(p: string): void }).__replace('/alex/'));
    await tab.waitForUrl(isPause(browser));
    expect(profileFrames(server, '/alex')).toEqual([]);
  },

  /** An unlisted profile opened in the app is left alone and paints. */
  async unlistedPaints({ browser, server, tab }: E2E): Promise<void> {
    await listAlex(browser);
    await tab.goto(server.spaUrl('www.instagram.com', ['/bob/']));
    await tab.waitFor('#spa-home');
    await tab.click('#spa-link-0');
    await tab.waitFor('#profile-content');
    await server.waitForBeacon((b) => b.data.kind === 'frame' && b.data.path === '/bob/');
  },
};
