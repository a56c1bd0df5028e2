/**
 * The pause page in a real browser: what it says, what it records, "Continue anyway" and
 * its allowance, hostile fragments, framing, and how it looks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER, clearIndexedDb, seedStorage, useExtBrowser, waitFor } from '../harness';
import { ALEX, isPause, listAlex, pausedEventsSince, settings } from './pause-support';

const e2e = useExtBrowser();

afterEach(async () => {
  expect(await e2e.browser.extensionErrors()).toEqual([]);
});

describe(`the pause page (${BROWSER})`, () => {
  it('never requests the profile itself, and counts one pause per page even after a reload', async () => {
    const { browser, server, tab } = e2e;
    await listAlex(browser);
    const since = Date.now();
    await tab.goto(ALEX);
    await tab.waitFor({ role: 'button', name: 'Go back' });
    await waitFor(async () => (await pausedEventsSince(browser, since)).length === 1 || undefined);
    await tab.reload();
    await tab.waitFor({ role: 'button', name: 'Go back' });
    expect(await tab.title()).toBe('Take a breath');
    expect(server.requestsFor('instagram.com')).toEqual([]);
    expect(await pausedEventsSince(browser, since)).toHaveLength(1);
  });

  it('twenty tabs at once: twenty pause pages and twenty paused events', async () => {
    const { browser } = e2e;
    await listAlex(browser);
    const since = Date.now();
    const tabs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        browser.newTab(`https://www.instagram.com/alex/?n=${i}`, { waitUntil: 'none' }),
      ),
    );
    await Promise.all(tabs.map((t) => t.waitForUrl(isPause(browser), 30_000)));
    const events = await waitFor(
      async () => {
        const found = await pausedEventsSince(browser, since);
        return found.length >= 20 ? found : undefined;
      },
      { timeoutMs: 30_000, message: 'twenty paused events' },
    );
    expect(events).toHaveLength(20);
    expect(new Set(events.map((e) => e.id)).size).toBe(20);
  });

  it('"Go back" returns to the page before and records turning back', async () => {
    const { browser, server, tab } = e2e;
    await listAlex(browser);
    const since = Date.now();
    await tab.goto(server.linkPageUrl([ALEX], { host: 'news.example' }));
    await tab.click('#link-0');
    await tab.waitFor({ role: 'button', name: 'Go back' });
    expect(await tab.focused()).toMatchObject({ tag: 'button', name: 'Go back' });
    await tab.click({ role: 'button', name: 'Go back' });
    await tab.waitForUrl((url) => url.startsWith('https://news.example/links'));
    const turned = await waitFor(async () => {
      const events = await pausedEventsSince(browser, since, 'turned-back');
      return events.length ? events : undefined;
    });
    expect(turned).toHaveLength(1);
  });

  it('"Go back" with nowhere to go back to closes the tab', async () => {
    const { browser, tab } = e2e;
    await listAlex(browser);
    const paused = await browser.newTab(ALEX, { waitUntil: 'none' });
    await paused.waitFor({ role: 'button', name: 'Go back' });
    await paused.click({ role: 'button', name: 'Go back' });
    await waitFor(async () => {
      const urls = await Promise.all((await browser.tabs()).map((t) => t.url()));
      return urls.some(isPause(browser)) ? undefined : urls;
    });
    expect(await tab.url()).not.toMatch(/pause\.html/);
  });

  it('saves a reflection, stays and confirms', async () => {
    const { browser, tab } = e2e;
    await listAlex(browser);
    await tab.goto(ALEX);
    await tab.waitFor({ role: 'button', name: 'Save reflection' });
    await tab.type({ label: 'What is on your mind right now?' }, 'I wanted to see if they are happy.');
    await tab.click({ role: 'button', name: 'Save reflection' });
    await tab.waitFor({ text: 'Saved. Thank you for writing it down.' });
    expect(isPause(browser)(await tab.url())).toBe(true);
    const saved = await browser.evalInExtension(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('breathing-room');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = await new Promise<{ text: string; source: string; pauseId?: string }[]>((resolve) => {
        const request = db.transaction('reflections').objectStore('reflections').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return all;
    });
    expect(saved).toContainEqual(
      expect.objectContaining({ text: 'I wanted to see if they are happy.', source: 'pause' }),
    );
  });

  it('names the person and platform, the streak and its cost; strict mode hides "Continue anyway"', async () => {
    const { browser, tab } = e2e;
    await listAlex(browser, { settings: settings({ startDate: Date.now() - 23.5 * 86_400_000 }) });
    await tab.goto(ALEX);
    await tab.waitFor({ role: 'heading', name: 'You asked for space from Alex on Instagram' });
    await tab.waitFor({ text: '23 days of no contact' });
    await tab.waitFor({ text: 'Continuing ends your 23-day streak.' });
    expect(await tab.count({ role: 'button', name: 'Continue anyway' })).toBe(1);
    await seedStorage(browser, { settings: settings({ strict: true }) });
    await tab.goto(ALEX);
    await tab.waitFor({ role: 'button', name: 'Go back' });
    expect(await tab.count({ role: 'button', name: 'Continue anyway' })).toBe(0);
  });

  it('a web page cannot frame the pause page', async () => {
    const { browser, tab } = e2e;
    await listAlex(browser);
    const since = Date.now();
    await tab.goto('https://news.example/');
    await tab.evaluate(
      (src) =>
        new Promise<void>((resolve) => {
          const frame = document.createElement('iframe');
          frame.src = src;
          frame.onload = () => resolve();
          document.body.append(frame);
        }),
      `${browser.extensionUrl('pause.html')}#${ALEX}`,
    );
    // A pause page that really loads records its pause; open one in a tab as the yardstick.
    const real = await browser.newTab(ALEX, { waitUntil: 'none' });
    await real.waitFor({ role: 'button', name: 'Go back' });
    const events = await waitFor(async () => {
      const found = await pausedEventsSince(browser, since);
      return found.length > 0 ? found : undefined;
    });
    expect(events).toHaveLength(1);
    // Firefox reports the refused frame as a CSP error of our page: the refusal we want.
    expect((await browser.extensionErrors()).filter((e) => !e.includes('frame-ancestors'))).toEqual([]);
    browser.clearExtensionErrors();
  });
});

describe(`continue anyway (${BROWSER})`, () => {
  it('opens exactly that URL in that tab after the countdown; other tabs stay paused; pausing resumes after', async () => {
    const { browser, server, tab } = e2e;
    await listAlex(browser, { settings: settings({ countdownSeconds: 2, allowanceMinutes: 5 }) });
    const since = Date.now();
    await tab.goto(ALEX);
    await tab.waitFor({ role: 'button', name: 'Continue anyway' });
    expect(
      await tab.evaluate(() => (document.querySelector('button.secondary') as HTMLButtonElement).disabled),
    ).toBe(true);
    await tab.click({ role: 'button', name: 'Continue anyway' });
    await tab.waitForUrl(ALEX);
    await tab.waitFor('#profile-content');
    expect(server.requestsFor('instagram.com', '/alex')).toHaveLength(1);
    const continued = await waitFor(async () => {
      const found = await pausedEventsSince(browser, since, 'continued');
      return found.length ? found : undefined;
    });
    expect(continued).toMatchObject([{ countsAsContact: true }]);

    // Another tab is still paused, without a request.
    const other = await browser.newTab(ALEX, { waitUntil: 'none' });
    await other.waitForUrl(isPause(browser));
    await other.waitFor({ role: 'button', name: 'Go back' });
    await other.close();
    expect(server.requestsFor('instagram.com', '/alex')).toHaveLength(1);

    // The allowed tab may reload the same URL, but not another page of the profile.
    await tab.bringToFront();
    await tab.reload();
    await tab.waitFor('#profile-content');
    await tab.goto('https://www.instagram.com/alex/tagged/');
    await tab.waitForUrl(isPause(browser));
    await tab.waitFor({ role: 'button', name: 'Go back' });
    await tab.goto(ALEX);
    await tab.waitFor('#profile-content');

    // Five minutes later (test clock), the open tab is paused by itself, at once (a reload
    // here would race that navigation), and opening the profile again is paused too.
    await seedStorage(browser, { testClockOffsetMs: 5 * 60_000 + 1000 });
    await tab.waitForUrl(isPause(browser));
    await tab.waitFor({ role: 'button', name: 'Go back' });
    await tab.goto(ALEX);
    await tab.waitForUrl(isPause(browser));
    await tab.waitFor({ role: 'button', name: 'Go back' });
  });

  it('an in-app navigation to the allowed URL goes through, in that tab only', async () => {
    const { browser, server, tab } = e2e;
    await listAlex(browser, { settings: settings({ countdownSeconds: 0 }) });
    await tab.goto(ALEX);
    await tab.click({ role: 'button', name: 'Continue anyway' });
    await tab.waitFor('#profile-content');
    await tab.goto(server.spaUrl('www.instagram.com', ['/alex/']));
    await tab.waitFor('#spa-home');
    server.clear();
    await tab.click('#spa-link-0');
    await tab.waitForUrl(ALEX);
    await server.waitForBeacon((b) => b.data.kind === 'frame' && b.data.path === '/alex/');
    expect(await tab.url()).toBe(ALEX);
  });
});

const HOSTILE: [string, string][] = [
  ['javascript:', 'javascript:alert(document.domain)'],
  ['data:', 'data:text/html,<script>alert(1)</script>'],
  ['file:', 'file:///etc/passwd'],
  ['a browser page', BROWSER === 'chromium' ? 'chrome://settings' : 'about:config'],
  ['about:blank', 'about:blank'],
  ['another extension', 'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/page.html'],
  ['another Firefox extension', 'moz-extension://00000000-0000-0000-0000-000000000000/page.html'],
  ['an unlisted URL', 'https://www.instagram.com/alexandra/'],
  ['garbage', '%%%<b>not a url</b>'],
  ['a huge string', `https://www.instagram.com/alex/?q=${'a'.repeat(20_000)}`],
];

describe(`hostile pause page fragments (${BROWSER})`, () => {
  it.each(HOSTILE)('%s: a calm page without "Continue anyway" that never navigates', async (_, fragment) => {
    const { browser, tab } = e2e;
    await listAlex(browser, { settings: settings({ countdownSeconds: 0 }) });
    await tab.goto(`${browser.extensionUrl('pause.html')}#${fragment}`);
    await tab.waitFor({ role: 'heading', name: 'A moment for yourself' });
    await tab.waitFor({ role: 'button', name: 'Save reflection' });
    expect(await tab.count({ role: 'button', name: 'Continue anyway' })).toBe(0);
    expect(isPause(browser)(await tab.url())).toBe(true);
    expect(await tab.evaluate(() => document.body.innerHTML)).not.toContain('<b>');
  });
});

describe(`how the pause page looks (${BROWSER})`, () => {
  it('screenshots at 360 and 1280 px, light and dark', async () => {
    const { browser, tab } = e2e;
    const suggestions = [
      { text: 'Call Sam' },
      { text: 'Go for a walk around the block' },
      { text: 'My calm playlist', url: 'https://open.spotify.com/playlist/abc' },
    ];
    await clearIndexedDb(browser); // earlier tests continued, which restarted the streak
    await listAlex(browser, {
      settings: settings({ startDate: Date.now() - 23.5 * 86_400_000, suggestions }),
    });
    await tab.goto(ALEX);
    await tab.waitFor({ role: 'heading', name: 'You asked for space from Alex on Instagram' });
    for (const width of [360, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await tab.screenshot(`pause-${width}-${colorScheme}`, { width, height: 800, colorScheme });
        await tab.screenshot(`pause-${width}-${colorScheme}-full`, { width, colorScheme, fullPage: true });
      }
    }
    await tab.screenshot('pause-360-reduced-motion', { width: 360, height: 800, reducedMotion: 'reduce' });
  });
});
