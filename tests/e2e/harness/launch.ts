import fs from 'node:fs';
import { chromiumPath, launchChromium } from './chromium';
import { firefoxPath, launchFirefox } from './firefox';
import { waitFor } from './poll';
import type { BrowserName, ExtBrowser } from './types';

/** The engine this vitest run targets (the runner sets BR_E2E_TARGET per pass). */
export const BROWSER: BrowserName = process.env.BR_E2E_TARGET === 'firefox' ? 'firefox' : 'chromium';

/** The executable the harness launches for an engine. */
export function executableFor(name: BrowserName): string {
  return name === 'chromium' ? chromiumPath() : firefoxPath();
}

const openedOnInstall = new WeakMap<ExtBrowser, string[]>();

/** The extension pages the fresh install opened by itself (closed again by launchBrowser). */
export function pagesOpenedOnInstall(browser: ExtBrowser): string[] {
  return openedOnInstall.get(browser) ?? [];
}

/**
 * A fresh install opens the welcome page (options.html#welcome). Waits for it to load
 * (bounded), remembers what opened, and closes it, so a launch still starts from one blank
 * tab. Closing it mid-load can leave Chromium's extension process without its messages (see
 * utils/i18n-packaged.ts); one spec does that on purpose, every other starts as users do.
 */
async function settleInstallTabs(browser: ExtBrowser): Promise<void> {
  const welcome = browser.extensionUrl('options.html#welcome');
  const tab = await browser.waitForTab(welcome, 10_000).catch(() => undefined);
  if (tab) {
    await waitFor(async () => (await tab.evaluate(() => document.readyState === 'complete')) || undefined, {
      timeoutMs: 10_000,
      message: 'the welcome page to load',
    }).catch(() => undefined);
  }
  const urls = await Promise.all((await browser.tabs()).map((tab) => tab.url()));
  openedOnInstall.set(
    browser,
    urls.filter((url) => url.startsWith(browser.extensionBaseUrl)),
  );
  await browser.resetTabs();
}

/** Options for launchBrowser. */
export interface LaunchBrowserOptions {
  /** Loopback IP of the fixture server; every host name resolves to it. */
  loopbackIp: string;
  /** Leave the pages the fresh install opens (the welcome page) to the caller. Default false. */
  keepInstallTabs?: boolean;
  /** Firefox only: more preferences for its profile. */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

/** Launches one engine with the built extension; host names resolve to `loopbackIp`. */
export async function launchBrowser(name: BrowserName, options: LaunchBrowserOptions): Promise<ExtBrowser> {
  const executable = executableFor(name);
  if (!fs.existsSync(executable)) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(`${executable} is missing. Install it: apt-get install ${pkg}`);
  }
  const browser = await (name === 'chromium' ? launchChromium(options) : launchFirefox(options));
  if (!options.keepInstallTabs) await settleInstallTabs(browser);
  return browser;
}
