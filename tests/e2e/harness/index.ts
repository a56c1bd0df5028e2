/**
 * The real-browser harness. A spec calls `useExtBrowser()` once at the top level and gets a
 * launched browser with the built extension, the fixture server, and a fresh tab per test:
 *
 *   const e2e = useExtBrowser();
 *   it('pauses', async () => {
 *     await e2e.tab.goto('https://www.instagram.com/alex/');
 *     expect(e2e.server.requestsFor('instagram.com', '/alex')).toHaveLength(0);
 *   });
 *
 * The runner (tests/e2e/run.mjs) runs every spec once per engine; BROWSER says which.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { FixtureServer } from '../fixture-server/server';
import { BROWSER, launchBrowser } from './launch';
import { restoreStorage, settledStorage } from './storage';
import type { ExtBrowser, Tab } from './types';

export type { Beacon, RequestRecord } from '../fixture-server/server';
export { FixtureServer } from '../fixture-server/server';
export { BROWSER, launchBrowser, pagesOpenedOnInstall } from './launch';
export { DEFAULT_TIMEOUT_MS, waitFor } from './poll';
export { clearIndexedDb, readStorage, restoreStorage, seedStorage, settledStorage } from './storage';
export type { Target } from './target';
export type * from './types';

/** What a spec gets from useExtBrowser(); the getters throw if used outside a test. */
export interface E2E {
  readonly browser: ExtBrowser;
  readonly server: FixtureServer;
  /** A fresh foreground tab (about:blank, 1280×800) for the current test. */
  readonly tab: Tab;
}

/** Options for useExtBrowser. */
export interface UseOptions {
  /** Between tests: close tabs, restore storage.local to its post-install state, clear the server log. Default true. */
  isolate?: boolean;
  /** On a failed test, screenshot every tab to .test-artifacts/failures/<browser>/. Default true. */
  screenshotOnFailure?: boolean;
  /** Firefox only: more preferences for its profile (e.g. a web API turned off). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

/** Launches the server and BROWSER once for this spec file, and isolates its tests. */
export function useExtBrowser(options: UseOptions = {}): E2E {
  const state: {
    browser?: ExtBrowser;
    server?: FixtureServer;
    tab?: Tab;
    snapshot?: Record<string, unknown>;
  } = {};
  let fresh = true;
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use it inside a test or hook`);
    return value;
  };

  beforeAll(async () => {
    state.server = await FixtureServer.start();
    state.browser = await launchBrowser(BROWSER, {
      loopbackIp: state.server.ip,
      ...(options.firefoxPrefs ? { firefoxPrefs: options.firefoxPrefs } : {}),
    });
    state.snapshot = await settledStorage(state.browser);
  }, 180_000);

  beforeEach(async () => {
    const browser = need(state.browser, 'The browser');
    if (fresh || options.isolate === false) {
      fresh = false;
      state.tab = (await browser.tabs())[0] ?? (await browser.newTab());
      return;
    }
    state.tab = await browser.resetTabs();
    await restoreStorage(browser, state.snapshot ?? {});
    need(state.server, 'The fixture server').clear();
    browser.clearExtensionErrors();
  }, 60_000);

  afterEach(async (context) => {
    if (options.screenshotOnFailure === false || context.task.result?.state !== 'fail' || !state.browser)
      return;
    const name = context.task.name.replace(/[^\w.-]+/g, '-').slice(0, 80);
    const tabs = await state.browser.tabs().catch(() => []);
    for (const [i, tab] of tabs.entries()) {
      await tab.screenshot(`../../failures/${BROWSER}/${name}-${i}`).catch(() => {});
    }
  }, 60_000);

  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  }, 60_000);

  return {
    get browser() {
      return need(state.browser, 'The browser');
    },
    get server() {
      return need(state.server, 'The fixture server');
    },
    get tab() {
      return need(state.tab, 'The tab');
    },
  };
}
