/**
 * Pausing in a real browser: every way a listed profile can open ends on the pause page,
 * with nothing of the profile fetched (full loads) or painted (in-app navigations).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER, seedStorage, useExtBrowser, waitFor } from '../harness';
import {
  ALEX,
  ALEX_LIST,
  profileFrames as framesOf,
  inApp,
  isPause,
  listAlex,
  noRules,
} from './pause-support';

const e2e = useExtBrowser();

afterEach(async () => {
  expect(await e2e.browser.extensionErrors()).toEqual([]);
});

const profileFrames = (path: string) => framesOf(e2e.server, path);

describe(`full page loads (${BROWSER})`, () => {
  it('pauses a typed URL before the site sees a request', async () => {
    const { browser, server, tab } = e2e;
    await listAlex(e2e.browser);
    await tab.goto(ALEX);
    await tab.waitForUrl(isPause(browser));
    await tab.waitFor({ role: 'button', name: 'Go back' });
    expect(await tab.url()).toBe(`${browser.extensionUrl('pause.html')}#${ALEX}`);
    expect(server.requestsFor('instagram.com', '/alex')).toEqual([]);
  });

  it('pauses a full load while the background is asleep', async () => {
    const { browser, server, tab } = e2e;
    await listAlex(browser);
    await browser.stopServiceWorker();
    await tab.goto(ALEX);
    await tab.waitForUrl(isPause(browser));
    // The pause page asks the background whose URL this is: that wakes it.
    await tab.waitFor({ role: 'heading', name: 'You asked for space from Alex on Instagram' });
    expect(server.requestsFor('instagram.com', '/alex')).toEqual([]);
  });

  it('pauses a link clicked on another site', async () => {
    const { browser, server, tab } = e2e;
    await listAlex(e2e.browser);
    await tab.goto(server.linkPageUrl([ALEX], { host: 'news.example' }));
    await tab.click('#link-0');
    await tab.waitForUrl(isPause(browser));
    await tab.waitFor({ role: 'button', name: 'Go back' });
    expect(server.requestsFor('instagram.com', '/alex')).toEqual([]);
  });

  it('pauses location.replace from another site', async () => {
    const { browser, server, tab } = e2e;
    await listAlex(e2e.browser);
    await tab.goto('https://news.example/');
    await tab.evaluate((url) => location.replace(url), ALEX);
    await tab.waitForUrl(isPause(browser));
    expect(server.requestsFor('instagram.com', '/alex')).toEqual([]);
  });

  it('pauses a profile opened in a new tab, by a target=_blank link and by the browser', async () => {
    const { browser, server, tab } = e2e;
    await listAlex(e2e.browser);
    await tab.goto(server.linkPageUrl([ALEX], { newTab: true, host: 'news.example' }));
    await tab.click('#link-0');
    const opened = await browser.waitForTab(isPause(browser));
    await opened.waitFor({ role: 'button', name: 'Go back' });
    const fresh = await browser.newTab('https://instagram.com/alex', { waitUntil: 'none' });
    await fresh.waitForUrl(isPause(browser));
    expect(server.requestsFor('instagram.com', '/alex')).toEqual([]);
  });

  it('pauses going back into a profile seen before it was listed', async () => {
    const { browser, server, tab } = e2e;
    await noRules(browser);
    await tab.goto(ALEX);
    await tab.waitFor('#profile-content');
    await tab.goto('https://news.example/');
    await listAlex(e2e.browser);
    server.clear();
    await tab.goBack({ waitUntil: 'none' });
    await tab.waitForUrl(isPause(browser));
    await tab.waitFor({ role: 'button', name: 'Go back' });
    expect(server.requestsFor('instagram.com', '/alex')).toEqual([]);
    expect(profileFrames('/alex')).toEqual([]);
  });

  it('pauses going forward into a profile seen before it was listed', async () => {
    const { browser, server, tab } = e2e;
    await noRules(browser);
    await tab.goto('https://news.example/');
    await tab.goto(ALEX);
    await tab.waitFor('#profile-content');
    await tab.goBack({ waitUntil: 'none' });
    await tab.waitFor('#unrelated-content');
    await listAlex(browser);
    server.clear();
    await tab.goForward({ waitUntil: 'none' });
    await tab.waitForUrl(isPause(browser));
    await tab.waitFor({ role: 'button', name: 'Go back' });
    expect(server.requestsFor('instagram.com', '/alex')).toEqual([]);
    expect(profileFrames('/alex')).toEqual([]);
  });

  it('leaves near misses and unrelated pages untouched, with no content script on unrelated sites', async () => {
    const { server, tab } = e2e;
    await listAlex(e2e.browser);
    await tab.goto('https://www.instagram.com/alexandra/');
    await tab.waitFor('#profile-content');
    await tab.goto('https://www.instagram.com/explore/');
    await tab.waitFor('#profile-content');
    expect(server.requestsFor('instagram.com', '/alexandra')).toHaveLength(1);
    // The content script leaves an empty style attribute behind on social sites; none elsewhere.
    await tab.goto('https://news.example/alex');
    await tab.waitFor('#unrelated-content');
    expect(await tab.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
  });
});

describe(`in-app navigations (${BROWSER})`, () => {
  it('pauses history.pushState to a profile with not one frame of it painted', () =>
    inApp.pushStateIsPaused(e2e));

  it('pauses history.replaceState to a profile with not one frame painted', () =>
    inApp.replaceStateIsPaused(e2e));

  it('decides on its own while the background is asleep', async () => {
    const { browser, server, tab } = e2e;
    await listAlex(e2e.browser);
    await tab.goto(server.spaUrl('www.instagram.com', ['/alex/']));
    await tab.waitFor('#spa-home');
    await browser.stopServiceWorker();
    expect(await browser.isServiceWorkerRunning()).toBe(false);
    await tab.click('#spa-link-0');
    await tab.waitForUrl(isPause(browser));
    await tab.waitFor({ role: 'button', name: 'Go back' });
    expect(profileFrames('/alex')).toEqual([]);
  });

  it('leaves an in-app navigation to an unlisted profile alone', () => inApp.unlistedPaints(e2e));

  it("pauses a profile served by the site's own service worker", async () => {
    const { browser, server, tab } = e2e;
    await listAlex(e2e.browser);
    await tab.goto(server.serviceWorkerUrl('x.com'));
    await server.waitForBeacon((b) => b.data.kind === 'sw-ready');
    server.clear();
    await tab.goto('https://x.com/alex');
    await tab.waitForUrl(isPause(browser));
    await tab.waitFor({ role: 'button', name: 'Go back' });
    expect(profileFrames('/alex')).toEqual([]);
  });
});

describe(`the backstop (${BROWSER})`, () => {
  /** Alex also on a site the user added (no content script runs there). */
  const withSite = {
    people: [
      {
        ...ALEX_LIST.people[0],
        profiles: [
          ...(ALEX_LIST.people[0]?.profiles ?? []),
          {
            id: 'site-alex',
            platform: 'site',
            key: 'news.example/alex',
            handle: 'news.example/alex',
            url: 'https://news.example/alex',
            aliases: [],
            paused: false,
            addedAt: 0,
          },
        ],
      },
    ],
  };

  it('pauses an in-page navigation on a site without a content script once it commits', async () => {
    const { browser, tab } = e2e;
    await noRules(browser);
    await seedStorage(browser, { list: withSite });
    await waitFor(
      async () =>
        (await browser.evalInExtension((api) => api.declarativeNetRequest.getDynamicRules())).length > 0 ||
        undefined,
    );
    await tab.goto('https://news.example/');
    await tab.waitFor('#unrelated-content');
    await tab.evaluate(() => history.pushState({}, '', '/alex/photos'));
    await tab.waitForUrl(isPause(browser));
    expect(await tab.url()).toBe(
      `${browser.extensionUrl('pause.html')}?back=2#https://news.example/alex/photos`,
    );
    await tab.waitFor({ role: 'heading', name: /Alex/ });
    // The paused URL is the entry before the pause page; "Go back" must not land on it again.
    await tab.click({ role: 'button', name: 'Go back' });
    await tab.waitForUrl('https://news.example/');
    await tab.waitFor('#unrelated-content');
  });
});
