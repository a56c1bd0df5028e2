import type { WxtBrowser as Browser } from 'wxt/browser';
import type { Target } from './target';

/** The two engines every spec runs in. */
export type BrowserName = 'chromium' | 'firefox';

/** Light or dark `prefers-color-scheme`. */
export type ColorScheme = 'light' | 'dark';

/** When `goto` returns: after the load event, once the navigation committed, or right away. */
export type WaitUntil = 'load' | 'commit' | 'none';

/** Options for Tab.goto. */
export interface GotoOptions {
  waitUntil?: WaitUntil;
  timeoutMs?: number;
}

/** Media emulation for one tab (Chromium) or the whole browser (Firefox, via prefs). */
export interface EmulateOptions {
  colorScheme?: ColorScheme;
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Options for Tab.screenshot. The viewport is resized to `width` x `height` first. */
export interface ScreenshotOptions extends EmulateOptions {
  width?: number;
  height?: number;
  fullPage?: boolean;
}

/** What `Tab.focused()` reports about document.activeElement. */
export interface ElementInfo {
  tag: string;
  role: string;
  name: string;
  id: string;
}

/** A URL expectation: exact string, RegExp, or predicate. */
export type UrlMatch = string | RegExp | ((url: string) => boolean);

/** One browser tab, driven the same way in both engines. */
export interface Tab {
  /** Stable id (Playwright page guid / BiDi browsing context id). */
  readonly id: string;
  /** Navigates; tolerates the navigation being redirected or replaced (e.g. to the pause page). */
  goto(url: string, options?: GotoOptions): Promise<void>;
  /** The tab's current URL. */
  url(): Promise<string>;
  /** Polls until the URL matches; returns it. */
  waitForUrl(match: UrlMatch, timeoutMs?: number): Promise<string>;
  /** Polls until the target exists and is visible. */
  waitFor(target: Target, timeoutMs?: number): Promise<void>;
  /** Polls until the target is gone or hidden. */
  waitForHidden(target: Target, timeoutMs?: number): Promise<void>;
  /** A real mouse click at the centre of the (visible, enabled, uncovered) target. */
  click(target: Target, timeoutMs?: number): Promise<void>;
  /** Clicks the target, then types text with real key events (appends at the caret). */
  type(target: Target, text: string): Promise<void>;
  /** Clicks the target, selects its content, deletes it with a real key and types text. */
  fill(target: Target, text: string): Promise<void>;
  /** Presses one key or chord, e.g. `Enter`, `Tab`, `Shift+Tab`, `Escape`, `a`. */
  press(key: string): Promise<void>;
  /** Runs a function (or expression) in the page's main world; arguments and result travel as JSON. */
  evaluate<A extends unknown[], R>(fn: ((...args: A) => R) | string, ...args: A): Promise<Awaited<R>>;
  /** Normalized text of the first match (throws after polling if none). */
  text(target: Target, timeoutMs?: number): Promise<string>;
  /** Number of current matches (no waiting). */
  count(target: Target): Promise<number>;
  /** Whether the first match is visible now (no waiting). */
  isVisible(target: Target): Promise<boolean>;
  /** document.title */
  title(): Promise<string>;
  /** What has keyboard focus. */
  focused(): Promise<ElementInfo | null>;
  /** Writes a PNG (relative names go to .test-artifacts/screenshots/<browser>/); returns the path. */
  screenshot(name: string, options?: ScreenshotOptions): Promise<string>;
  /** Resizes the viewport (CSS pixels). */
  setViewport(width: number, height: number): Promise<void>;
  /** Emulates prefers-color-scheme / prefers-reduced-motion. */
  emulate(options: EmulateOptions): Promise<void>;
  /** History back / forward / reload, tolerant of redirects like goto. */
  goBack(options?: GotoOptions): Promise<void>;
  goForward(options?: GotoOptions): Promise<void>;
  reload(options?: GotoOptions): Promise<void>;
  /** Brings the tab to the front. */
  bringToFront(): Promise<void>;
  /** Closes the tab. */
  close(): Promise<void>;
}

/** The browser with the built extension loaded. */
export interface ExtBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/` (with trailing slash). */
  readonly extensionBaseUrl: string;
  /** Absolute URL of an extension page, e.g. extensionUrl('popup.html'). */
  extensionUrl(path: string): string;
  /** Opens a new tab, optionally navigating it. */
  newTab(url?: string, options?: GotoOptions): Promise<Tab>;
  /** All open tabs except the harness's own extension helper tab. */
  tabs(): Promise<Tab[]>;
  /** Polls until a tab whose URL matches exists (e.g. opened by target=_blank). */
  waitForTab(match: UrlMatch, timeoutMs?: number): Promise<Tab>;
  /**
   * Runs `fn(browser, ...args)` in an extension page (a helper tab on popup.html), where
   * `browser` is the WebExtension API (`browser` in Firefox, `chrome` in Chromium — both
   * promise-based in MV3). Arguments and result travel as JSON.
   */
  evalInExtension<A extends unknown[], R>(
    fn: ((browser: Browser, ...args: A) => R) | string,
    ...args: A
  ): Promise<Awaited<R>>;
  /** Puts the background to sleep: Chromium stops the service worker over CDP, Firefox terminates the event page. */
  stopServiceWorker(): Promise<void>;
  /** Whether the background (service worker / event page) is running now. */
  isServiceWorkerRunning(): Promise<boolean>;
  /** Errors the extension logged (background, extension pages, content scripts where visible) since launch or the last clear. */
  extensionErrors(): Promise<string[]>;
  /** Forgets collected extension errors. */
  clearExtensionErrors(): void;
  /** Closes every tab except one blank tab (and the helper), for isolation between tests. */
  resetTabs(): Promise<Tab>;
  /** Closes the browser and removes its profile. Safe to call twice. */
  close(): Promise<void>;
  /**
   * Closes the browser and launches it again on the same profile, data and all, as on a
   * user's next day; this object is done with, the returned one takes its place. Chromium
   * only: Firefox forgets a temporary add-on, and its data, when it closes.
   */
  restart(): Promise<ExtBrowser>;
}
