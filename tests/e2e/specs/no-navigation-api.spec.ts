/**
 * In-app navigations in a browser without the Navigation API. There the content script
 * cannot intercept a navigation before it happens; it watches the URL on every frame
 * (utils/page-guard.ts `watchUrlEachFrame`) and veils the page before the frame that would
 * show the profile is painted. Firefox turns the API off with a preference; Chromium has no
 * switch for it, so this file runs in Firefox only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER, useExtBrowser } from '../harness';
import { inApp, listAlex } from './pause-support';

const e2e = useExtBrowser({ firefoxPrefs: { 'dom.navigation.webidl.enabled': false } });

afterEach(async () => {
  expect(await e2e.browser.extensionErrors()).toEqual([]);
});

describe.skipIf(BROWSER !== 'firefox')(`without the Navigation API (${BROWSER})`, () => {
  it('has no Navigation API in the page (the preference took effect)', async () => {
    const { server, tab } = e2e;
    await listAlex(e2e.browser);
    await tab.goto(server.spaUrl('www.instagram.com'));
    await tab.waitFor('#spa-home');
    expect(await tab.evaluate(() => typeof (globalThis as { navigation?: unknown }).navigation)).toBe(
      'undefined',
    );
  });

  it('pauses history.pushState to a profile with not one frame of it painted', () =>
    inApp.pushStateIsPaused(e2e));

  it('pauses history.replaceState to a profile with not one frame painted', () =>
    inApp.replaceStateIsPaused(e2e));

  it('leaves an in-app navigation to an unlisted profile alone, and it paints', () =>
    inApp.unlistedPaints(e2e));
});
