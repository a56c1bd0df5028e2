/**
 * The background's own wiring, in real browsers: a new install opens the welcome page, and a
 * loosening change scheduled with a cooling-off is applied by the background alone, with no
 * options page open — on the alarm it sets for the change's time, and at once when the test
 * clock (`testClockOffsetMs`, utils/clock.ts) moves past it while the background sleeps.
 * The popup's "Add this profile", which the background answers, is covered by popup.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  BROWSER,
  type ExtBrowser,
  pagesOpenedOnInstall,
  readStorage,
  seedStorage,
  useExtBrowser,
  waitFor,
} from '../harness';

const e2e = useExtBrowser();

const HOUR = 3_600_000;
const ALEX = 'https://www.instagram.com/alex/';
const ADDED_AT = Date.now() - 30 * 24 * HOUR;
const ALARM = 'commitment-apply';

const ALEX_LIST = {
  people: [
    {
      id: 'p1',
      label: 'Alex',
      note: '',
      names: [],
      addedAt: ADDED_AT,
      profiles: [
        {
          id: 'f1',
          platform: 'instagram',
          key: 'alex',
          handle: '@alex',
          url: ALEX,
          aliases: [],
          paused: false,
          addedAt: ADDED_AT,
        },
      ],
    },
  ],
};

/** A list with Alex, a 1-hour cooling-off, and Alex's removal scheduled for `applyAt`. */
async function seedScheduledRemoval(browser: ExtBrowser, applyAt: number) {
  await seedStorage(browser, {
    list: ALEX_LIST,
    list$: { v: 2 },
    settings: { onboarded: true, coolingOffMs: HOUR },
    settings$: { v: 2 },
    pendingChanges: [
      { id: 'c1', createdAt: applyAt - HOUR, applyAt, change: { kind: 'remove-person', personId: 'p1' } },
    ],
  });
}

/** When the background's alarm for scheduled changes fires (real time), or null when none is set. */
function alarmTime(browser: ExtBrowser): Promise<number | null> {
  return browser.evalInExtension(
    async (api, name) => (await api.alarms.get(name))?.scheduledTime ?? null,
    ALARM,
  );
}

/** Visits Alex's profile in a new tab until it ends as expected (the rules follow the list). */
async function expectVisit(browser: ExtBrowser, expected: 'paused' | 'open') {
  const pausePage = browser.extensionUrl('pause.html');
  await waitFor(
    async () => {
      const tab = await browser.newTab();
      try {
        await tab.goto(ALEX);
        const outcome = await waitFor(async () => {
          if ((await tab.url()).startsWith(pausePage)) return 'paused';
          return (await tab.isVisible('#profile-content')) ? 'open' : undefined;
        });
        return outcome === expected ? true : undefined;
      } finally {
        await tab.close();
      }
    },
    { timeoutMs: 30_000 },
  );
}

async function noOptionsPageOpen(browser: ExtBrowser) {
  const urls = await Promise.all((await browser.tabs()).map((tab) => tab.url()));
  expect(urls.filter((url) => url.includes('options.html'))).toEqual([]);
}

async function waitForRemoval(browser: ExtBrowser, timeoutMs: number) {
  await waitFor(
    async () => {
      const { list, pendingChanges } = await readStorage(browser, ['list', 'pendingChanges']);
      const done =
        (list as typeof ALEX_LIST).people.length === 0 && (pendingChanges as unknown[]).length === 0;
      return done ? true : undefined;
    },
    { timeoutMs, intervalMs: 250, message: 'the background to apply the scheduled removal' },
  );
}

describe(`background wiring (${BROWSER})`, () => {
  it('opens the welcome page on a fresh install', () => {
    expect(pagesOpenedOnInstall(e2e.browser)).toEqual([e2e.browser.extensionUrl('options.html#welcome')]);
  });

  it('applies a scheduled removal when the clock passes its time, with no page open and the background asleep', async () => {
    const { browser } = e2e;
    const applyAt = Date.now() + HOUR;
    await seedScheduledRemoval(browser, applyAt);
    // The background sets its alarm for the change's time as soon as the change is stored.
    const when = await waitFor(async () => (await alarmTime(browser)) ?? undefined);
    expect(Math.abs(when - applyAt)).toBeLessThan(5_000);
    await expectVisit(browser, 'paused');
    await noOptionsPageOpen(browser);
    await browser.stopServiceWorker();
    await seedStorage(browser, { testClockOffsetMs: HOUR + 60_000 });
    await waitForRemoval(browser, 15_000);
    await expectVisit(browser, 'open');
    await waitFor(async () => ((await alarmTime(browser)) === null ? true : undefined));
    // Only the extension's own reports (a pause tab closed mid-message is Firefox's noise).
    const reports = (await browser.extensionErrors()).filter((e) => e.includes('Breathing Room'));
    expect(reports).toEqual([]);
  });

  it('applies a scheduled removal on its alarm, on real time, with no page open', async () => {
    const { browser } = e2e;
    // Due almost at once: browsers may hold an alarm back up to 30 s, never fire it early.
    await seedScheduledRemoval(browser, Date.now() + 2_000);
    await waitFor(async () => (await alarmTime(browser)) ?? undefined);
    await noOptionsPageOpen(browser);
    await waitForRemoval(browser, 60_000);
    await expectVisit(browser, 'open');
  }, 90_000);
});
