/**
 * The popup in real browsers, against a seeded database: what it shows, what its buttons
 * store, the "Add this profile" offer, accessibility (axe-core) and screenshots.
 *
 * The popup is opened as a page (browsers give tests no toolbar to click). For the offer,
 * popup.html opens in a background tab of the window whose active tab shows the profile, so
 * the popup's own `tabs.query({ active: true, currentWindow: true })` finds that tab, exactly
 * as when the toolbar popup opens over it; nothing in the popup knows it is under test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BROWSER,
  type ExtBrowser,
  readStorage,
  seedStorage,
  type Tab,
  useExtBrowser,
  waitFor,
} from '../harness';
import { type SeedRecords, seedRecords } from './records-support';

const e2e = useExtBrowser();

const DAY = 86_400_000;
const HOUR = 3_600_000;

const ALEX_LIST = {
  people: [
    {
      id: 'p1',
      label: 'Alex',
      note: '',
      names: [],
      addedAt: 0,
      profiles: [
        {
          id: 'f1',
          platform: 'instagram',
          key: 'alex',
          handle: '@alex',
          url: 'https://www.instagram.com/alex/',
          aliases: [],
          paused: false,
          addedAt: 0,
        },
      ],
    },
  ],
};

/** Pauses on each of the last 14 days, oldest first (today last). */
const PAUSES_PER_DAY = [1, 0, 0, 0, 2, 0, 0, 0, 0, 3, 0, 1, 0, 2];
/** Turned-back events, in days before today: three this week, one the week before. */
const TURNED_BACK_DAYS_AGO = [0, 2, 6, 9];
const REFLECTIONS = [
  'The first one.\nIt was hard.',
  'Called Sam instead.',
  'I miss the idea of us,\nnot the arguments.\nA third line.',
  'Breathed through it.',
];

/** Events and reflections relative to the browser's local noon, so no day boundary is crossed. */
async function seedHistory(browser: ExtBrowser): Promise<void> {
  const noon = await browser.evalInExtension(() => new Date().setHours(12, 0, 0, 0));
  const now = Date.now();
  const events: SeedRecords['events'] = [];
  PAUSES_PER_DAY.forEach((count, i) => {
    for (let n = 0; n < count; n++) {
      events.push({ id: `pause-${i}-${n}`, type: 'paused', at: noon - (13 - i) * DAY + n * 60_000 });
    }
  });
  for (const ago of TURNED_BACK_DAYS_AGO)
    events.push({ id: `back-${ago}`, type: 'turned-back', at: noon - ago * DAY });
  const reflections = REFLECTIONS.map((text, i) => {
    const at = now - (REFLECTIONS.length - i) * HOUR;
    return { id: `r${i}`, text, source: 'pause', createdAt: at, updatedAt: at };
  });
  await seedRecords(browser, { events, reflections });
}

/** Every record of one store, read with raw IndexedDB. */
function readStore(browser: ExtBrowser, store: 'events' | 'reflections'): Promise<Record<string, unknown>[]> {
  return browser.evalInExtension(async (_api, name: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('breathing-room');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all as Record<string, unknown>[];
  }, store);
}

/** The list and settings as utils/settings.ts stores them (value plus WXT's version meta). */
async function seedSettings(browser: ExtBrowser, settings: Record<string, unknown>, list = ALEX_LIST) {
  await seedStorage(browser, {
    list,
    list$: { v: 2 },
    settings: { onboarded: true, ...settings },
    settings$: { v: 2 },
  });
}

async function openPopup(tab: Tab, browser: ExtBrowser): Promise<void> {
  await tab.setViewport(360, 600);
  await tab.goto(browser.extensionUrl('popup.html'));
  await tab.waitFor({ role: 'heading', name: 'Breathing Room' });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  nodes: string[];
}

/** Injects axe-core as an expression (extension pages forbid eval and foreign scripts) and runs it. */
async function axeViolations(tab: Tab): Promise<AxeViolation[]> {
  await tab.evaluate(`(() => { ${AXE_SOURCE}\n; return typeof axe; })()`);
  return tab.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

describe(`popup (${BROWSER})`, () => {
  beforeEach(async () => {
    await seedRecords(e2e.browser, { events: [], reflections: [] });
  });

  it('shows the seeded streak, week, chart and latest three reflections', async () => {
    const { browser, tab } = e2e;
    await seedSettings(browser, { startDate: Date.now() - 23 * DAY - 5 * HOUR });
    await seedHistory(browser);
    await openPopup(tab, browser);

    expect(await tab.text('[data-testid="streak-value"]')).toBe('23 days');
    expect(await tab.text('[data-testid="streak-best"]')).toBe('23 days');
    expect(await tab.text('[data-testid="week-count"]')).toBe('You turned back 3 times this week');
    const bars = await waitFor(async () => {
      const counts = await tab.evaluate(() =>
        [...document.querySelectorAll('rect.pause-bar')].map((r) => Number(r.getAttribute('data-count'))),
      );
      return counts.length === 14 ? counts : undefined;
    });
    expect(bars).toEqual(PAUSES_PER_DAY);
    // The same numbers, for screen readers, in the chart's table.
    const cells = await tab.evaluate(() =>
      [...document.querySelectorAll('.pause-chart table td')].map((td) => Number(td.textContent)),
    );
    expect(cells).toEqual(PAUSES_PER_DAY);
    await tab.waitFor('.reflection-list li');
    const excerpts = await tab.evaluate(() =>
      [...document.querySelectorAll('.reflection-excerpt')].map((e) => e.textContent),
    );
    expect(excerpts).toEqual([
      'Breathed through it.',
      'I miss the idea of us,\nnot the arguments.',
      'Called Sam instead.',
    ]);
    // Each opens the journal in options.
    await tab.click({ css: '.reflection-link', nth: 1 });
    await browser.waitForTab(browser.extensionUrl('options.html#journal'));
    expect(await browser.extensionErrors()).toEqual([]);
  });

  it('saving a reflection shows it at once and stores it', async () => {
    const { browser, tab } = e2e;
    await seedSettings(browser, { startDate: Date.now() - 3 * DAY });
    await seedHistory(browser);
    await openPopup(tab, browser);
    await tab.waitFor('.reflection-list li');

    await tab.type({ label: 'Write a reflection' }, 'A walk instead of looking.');
    await tab.click({ role: 'button', name: 'Save reflection' });
    await waitFor(async () =>
      (await tab.text({ css: '.reflection-excerpt', nth: 0 })) === 'A walk instead of looking.'
        ? true
        : undefined,
    );
    expect(await tab.count('.reflection-list li')).toBe(3);
    const stored = await readStore(browser, 'reflections');
    expect(stored.filter((r) => r.text === 'A walk instead of looking.')).toEqual([
      expect.objectContaining({ source: 'popup' }),
    ]);
  });

  it('"I broke no-contact" logs the contact, restarts the streak and keeps the best', async () => {
    const { browser, tab } = e2e;
    await seedSettings(browser, { startDate: Date.now() - 23 * DAY - 5 * HOUR });
    await openPopup(tab, browser);
    expect(await tab.text('[data-testid="streak-value"]')).toBe('23 days');

    await tab.click({ role: 'button', name: 'I broke no-contact' });
    await tab.click({ label: 'They reached out and I replied' });
    await tab.type({ label: 'Anything you want to remember' }, 'Birthday message.');
    await tab.click({ role: 'button', name: 'Log contact' });
    expect(await tab.text('[role="status"].contact-done')).toBe('Streaks restart. What you learned stays.');
    await waitFor(async () =>
      (await tab.text('[data-testid="streak-value"]')) === 'Under an hour' ? true : undefined,
    );
    expect(await tab.text('[data-testid="streak-best"]')).toBe('23 days');

    const contacts = (await readStore(browser, 'events')).filter((e) => e.type === 'contact-logged');
    expect(contacts).toEqual([
      expect.objectContaining({ kind: 'they-reached-out-i-replied', note: 'Birthday message.' }),
    ]);
    // Opened again, the history is kept: the best streak still shows the old value.
    await tab.reload();
    expect(await tab.text('[data-testid="streak-value"]')).toBe('Under an hour');
    expect(await tab.text('[data-testid="streak-best"]')).toBe('23 days');
  });

  it('offers an unlisted profile open in the current tab, adds it, and the next visit is paused', async () => {
    const { browser, tab } = e2e;
    await seedSettings(browser, { startDate: Date.now() - 3 * DAY });
    const profileUrl = 'https://www.instagram.com/sam_fixture/';
    await tab.goto(profileUrl);
    await tab.waitFor('#profile-content');
    await tab.bringToFront();

    // Open the popup page behind the profile tab, in its window: the profile stays the active tab.
    const popupUrl = browser.extensionUrl('popup.html');
    await browser.evalInExtension(
      async (api, url: string, page: string) => {
        const [profileTab] = await api.tabs.query({ url });
        await api.tabs.create({ url: page, active: false, windowId: profileTab?.windowId });
      },
      profileUrl,
      popupUrl,
    );
    const popup = await browser.waitForTab((url) => url === popupUrl);
    await popup.setViewport(360, 600);
    expect(await popup.text('[data-testid="offer-profile"]')).toBe('Instagram · @sam_fixture');
    await popup.bringToFront();
    await popup.screenshot('popup-offer', { width: 360, height: 600 });
    await popup.click({ role: 'button', name: 'Add this profile' });
    expect(await popup.text('.add-profile [role="status"]')).toBe(
      'Added. Instagram · @sam_fixture is paused from now on.',
    );

    const { list } = (await readStorage(browser, ['list'])) as { list: typeof ALEX_LIST };
    expect(list.people.map((p) => p.label)).toEqual(['Alex', 'Sam_fixture']);

    await tab.bringToFront();
    await tab.goto(profileUrl);
    await tab.waitForUrl((url) => url.startsWith(browser.extensionUrl('pause.html')));
  });

  it('offers nothing when the current tab shows no profile', async () => {
    const { browser, tab } = e2e;
    await seedSettings(browser, { startDate: Date.now() - 3 * DAY });
    await tab.goto('https://www.instagram.com/explore/');
    await tab.bringToFront();
    await browser.evalInExtension(async (api, page: string) => {
      const [explore] = await api.tabs.query({ url: 'https://www.instagram.com/explore/' });
      await api.tabs.create({ url: page, active: false, windowId: explore?.windowId });
    }, browser.extensionUrl('popup.html'));
    const popup = await browser.waitForTab((url) => url === browser.extensionUrl('popup.html'));
    await popup.waitFor('[data-testid="streak-value"]');
    await popup.waitFor({ role: 'heading', name: 'Pauses' });
    expect(await popup.count('[data-testid="offer-profile"]')).toBe(0);
  });

  it('leads to options before anyone is listed', async () => {
    const { browser, tab } = e2e;
    await seedSettings(browser, {}, { people: [] });
    await openPopup(tab, browser);
    await tab.waitFor({ role: 'heading', name: 'Nobody is on your list yet' });
    await tab.screenshot('popup-empty', { width: 360, height: 600 });
    await tab.click({ role: 'button', name: 'Add someone in settings' });
    await browser.waitForTab((url) => url.startsWith(browser.extensionUrl('options.html')));
  });

  it('works from the keyboard alone', async () => {
    const { browser, tab } = e2e;
    await seedSettings(browser, { startDate: Date.now() - 3 * DAY });
    await openPopup(tab, browser);
    await tab.waitFor('[data-testid="streak-value"]');
    await waitFor(async () => {
      await tab.press('Tab');
      return (await tab.focused())?.name === 'I broke no-contact' ? true : undefined;
    });
    await tab.press('Enter');
    await waitFor(async () => ((await tab.focused())?.name === 'I reached out' ? true : undefined));
    await tab.press('ArrowDown');
    expect((await tab.focused())?.name).toBe('We talked');
    await tab.press(' ');
    for (let i = 0; i < 2; i++) await tab.press('Tab'); // note, then the Log contact button
    expect((await tab.focused())?.name).toBe('Log contact');
    await tab.press('Enter');
    expect(await tab.text('.contact-done')).toBe('Streaks restart. What you learned stays.');
    const contacts = (await readStore(browser, 'events')).filter((e) => e.type === 'contact-logged');
    expect(contacts).toEqual([expect.objectContaining({ kind: 'we-talked' })]);
  });

  it.each(['light', 'dark'] as const)('has no axe-core violations and looks right in %s', async (scheme) => {
    const { browser, tab } = e2e;
    await seedSettings(browser, { startDate: Date.now() - 21 * DAY - 5 * HOUR, goalDays: 21 });
    await seedHistory(browser);
    await tab.emulate({ colorScheme: scheme });
    await openPopup(tab, browser);
    await tab.waitFor('.reflection-list li');
    await tab.waitFor('rect.pause-bar');
    await tab.screenshot(`popup-${scheme}`, { width: 360, height: 600, colorScheme: scheme, fullPage: true });
    expect(await axeViolations(tab)).toEqual([]);
    // The open contact form is part of the popup too.
    await tab.click({ role: 'button', name: 'I broke no-contact' });
    await tab.waitFor({ role: 'radio', name: 'We talked' });
    await tab.screenshot(`popup-contact-${scheme}`, {
      width: 360,
      height: 600,
      colorScheme: scheme,
      fullPage: true,
    });
    expect(await axeViolations(tab)).toEqual([]);
  });

  it('follows the theme setting over the system', async () => {
    const { browser, tab } = e2e;
    await seedSettings(browser, { startDate: Date.now() - 3 * DAY, theme: 'dark' });
    await tab.emulate({ colorScheme: 'light' });
    await openPopup(tab, browser);
    await waitFor(async () =>
      (await tab.evaluate(() => document.documentElement.dataset.theme)) === 'dark' ? true : undefined,
    );
    const background = await tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 27, 25)');
  });
});
