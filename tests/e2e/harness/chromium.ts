import fs from 'node:fs';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser as Browser } from 'wxt/browser';
import { BaseTab, extensionCall, parseJsonResult, urlPredicate } from './base-tab';
import { extensionDir, makeTempDir } from './paths';
import { DEFAULT_TIMEOUT_MS, waitFor, withTimeout } from './poll';
import type { EmulateOptions, ExtBrowser, GotoOptions, Tab, UrlMatch } from './types';

/** Where Debian installs Chromium; override with CHROMIUM_PATH. */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Navigation errors that only mean "something else took over", e.g. a redirect to the pause page. */
const REPLACED =
  /ERR_ABORTED|ERR_BLOCKED_BY_CLIENT|interrupted by another navigation|frame was detached|Navigation to .* is interrupted/;

class ChromiumTab extends BaseTab {
  constructor(readonly page: Page) {
    super(pageId(page), 'chromium');
  }

  protected rawEvaluate(expression: string): Promise<unknown> {
    return this.page.evaluate(expression);
  }

  protected mouseClick(x: number, y: number): Promise<void> {
    return this.page.mouse.click(x, y);
  }

  protected typeText(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }

  protected pressKey(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }

  protected async capture(file: string, fullPage: boolean): Promise<void> {
    await this.page.screenshot({ path: file, fullPage, animations: 'allow' });
  }

  async goto(url: string, options: GotoOptions = {}): Promise<void> {
    const waitUntil = options.waitUntil ?? 'load';
    const navigation = this.page.goto(url, {
      waitUntil: waitUntil === 'none' ? 'commit' : waitUntil,
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS * 2,
    });
    if (waitUntil === 'none') {
      navigation.catch(() => {});
      return;
    }
    await tolerateReplaced(navigation);
  }

  async url(): Promise<string> {
    return this.page.url();
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }

  async emulate(options: EmulateOptions): Promise<void> {
    await this.page.emulateMedia({
      ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
      ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
    });
  }

  async goBack(options: GotoOptions = {}): Promise<void> {
    await tolerateReplaced(
      this.page.goBack({ waitUntil: historyWait(options), timeout: DEFAULT_TIMEOUT_MS * 2 }),
    );
  }

  async goForward(options: GotoOptions = {}): Promise<void> {
    await tolerateReplaced(
      this.page.goForward({ waitUntil: historyWait(options), timeout: DEFAULT_TIMEOUT_MS * 2 }),
    );
  }

  async reload(options: GotoOptions = {}): Promise<void> {
    await tolerateReplaced(
      this.page.reload({ waitUntil: historyWait(options), timeout: DEFAULT_TIMEOUT_MS * 2 }),
    );
  }

  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }

  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
}

const historyWait = (options: GotoOptions) =>
  options.waitUntil === 'load' || !options.waitUntil ? 'load' : 'commit';

async function tolerateReplaced(navigation: Promise<unknown>): Promise<void> {
  try {
    await navigation;
  } catch (error) {
    if (!(error instanceof Error) || !REPLACED.test(error.message)) throw error;
  }
}

const pageIds = new WeakMap<Page, string>();
let nextPageId = 1;
function pageId(page: Page): string {
  let id = pageIds.get(page);
  if (!id) {
    id = `page-${nextPageId++}`;
    pageIds.set(page, id);
  }
  return id;
}

/** Options shared by both launchers. */
export interface LaunchOptions {
  /** Loopback IP of the fixture server; every host name resolves to it. */
  loopbackIp: string;
}

/** Chromium's launcher also reopens a profile (ExtBrowser.restart). */
interface ChromiumLaunchOptions extends LaunchOptions {
  profileDir?: string;
}

/** Chromium with the extension loaded through --load-extension, driven by playwright-core. */
class ChromiumBrowser implements ExtBrowser {
  readonly name = 'chromium' as const;
  private readonly tabsByPage = new Map<Page, ChromiumTab>();
  private helper: Page | undefined;
  private readonly errors: string[] = [];
  private closed = false;

  constructor(
    private readonly context: BrowserContext,
    readonly extensionBaseUrl: string,
    private readonly profileDir: string,
    private readonly options: LaunchOptions,
  ) {
    context.on('page', (page) => this.watchPage(page));
    for (const page of context.pages()) this.watchPage(page);
    context.on('serviceworker', (worker) => this.watchWorker(worker));
    for (const worker of context.serviceWorkers()) this.watchWorker(worker);
  }

  extensionUrl(path: string): string {
    return new URL(path, this.extensionBaseUrl).href;
  }

  private tabFor(page: Page): ChromiumTab {
    let tab = this.tabsByPage.get(page);
    if (!tab) {
      tab = new ChromiumTab(page);
      this.tabsByPage.set(page, tab);
      page.once('close', () => this.tabsByPage.delete(page));
    }
    return tab;
  }

  private isExtension(url: string): boolean {
    return url.startsWith(this.extensionBaseUrl);
  }

  private watchPage(page: Page): void {
    page.on('console', (message) => {
      if (message.type() === 'error' && this.isExtension(page.url())) {
        this.errors.push(`console.error on ${page.url()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => {
      if (this.isExtension(page.url())) this.errors.push(`uncaught on ${page.url()}: ${error.message}`);
    });
  }

  private watchWorker(worker: Worker): void {
    if (!this.isExtension(worker.url())) return;
    worker.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console.error in service worker: ${message.text()}`);
    });
    // Uncaught errors and rejections do not reach Playwright's console event; record them too.
    worker
      .evaluate(() => {
        const store = globalThis as unknown as { __brErrors?: string[] };
        store.__brErrors = [];
        addEventListener('error', (event) => store.__brErrors?.push(`uncaught: ${event.message}`));
        addEventListener('unhandledrejection', (event) =>
          store.__brErrors?.push(`unhandled rejection: ${event.reason}`),
        );
      })
      .catch(() => {});
  }

  async newTab(url?: string, options?: GotoOptions): Promise<Tab> {
    const tab = this.tabFor(await this.context.newPage());
    await tab.setViewport(1280, 800);
    if (url) await tab.goto(url, options);
    return tab;
  }

  async tabs(): Promise<Tab[]> {
    return this.context
      .pages()
      .filter((page) => page !== this.helper)
      .map((page) => this.tabFor(page));
  }

  async waitForTab(match: UrlMatch, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Tab> {
    const test = urlPredicate(match);
    return waitFor(async () => (await this.tabs()).find((tab) => test((tab as ChromiumTab).page.url())), {
      timeoutMs,
      message: `a tab at ${String(match)}`,
    });
  }

  private async helperPage(): Promise<Page> {
    if (!this.helper || this.helper.isClosed()) {
      this.helper = await this.context.newPage();
      await this.helper.goto(this.extensionUrl('popup.html'));
    }
    return this.helper;
  }

  async evalInExtension<A extends unknown[], R>(
    fn: ((browser: Browser, ...args: A) => R) | string,
    ...args: A
  ): Promise<Awaited<R>> {
    const page = await this.helperPage();
    return parseJsonResult<Awaited<R>>(
      await page.evaluate(extensionCall(fn as (...a: never[]) => unknown, args)),
    );
  }

  private async cdp() {
    const session = await this.context.newCDPSession(await this.helperPage());
    return session;
  }

  /**
   * Stops the extension's worker and waits until it is down. An event already on its way when
   * the worker stops (e.g. the start-up message of an extension page that just opened, such as
   * the helper tab this session runs in) makes Chromium start it again at once, and it would
   * then stay up for its 30 s idle time; so while it runs again it is stopped again.
   */
  async stopServiceWorker(): Promise<void> {
    const session = await this.cdp();
    try {
      const status = new Map<string, string>();
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) if (this.isExtension(v.scriptURL)) status.set(v.versionId, v.runningStatus);
      });
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await waitFor(
        async () => {
          const states = [...status.values()];
          if (states.every((s) => s === 'stopped') && !(await this.workerTargetIn(session))) return true;
          if (states.includes('running')) await session.send('ServiceWorker.stopAllWorkers');
          return false;
        },
        { message: 'the service worker to stop' },
      );
    } finally {
      await session.detach().catch(() => {});
    }
  }

  async isServiceWorkerRunning(): Promise<boolean> {
    const session = await this.cdp();
    try {
      return await this.workerTargetIn(session);
    } finally {
      await session.detach().catch(() => {});
    }
  }

  /** Whether an extension service-worker target exists (a stopped worker has none). */
  private async workerTargetIn(session: CDPSession): Promise<boolean> {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos.some((info) => info.type === 'service_worker' && this.isExtension(info.url));
  }

  async extensionErrors(): Promise<string[]> {
    const fromWorkers: string[] = [];
    for (const worker of this.context.serviceWorkers()) {
      if (!this.isExtension(worker.url())) continue;
      const found = await worker
        .evaluate(() => (globalThis as unknown as { __brErrors?: string[] }).__brErrors ?? [])
        .catch(() => [] as string[]);
      fromWorkers.push(...found.map((text) => `service worker ${text}`));
    }
    return [...this.errors, ...fromWorkers];
  }

  clearExtensionErrors(): void {
    this.errors.length = 0;
    for (const worker of this.context.serviceWorkers()) {
      worker
        .evaluate(() => {
          const store = globalThis as unknown as { __brErrors?: string[] };
          if (store.__brErrors) store.__brErrors.length = 0;
        })
        .catch(() => {});
    }
  }

  async resetTabs(): Promise<Tab> {
    const keep = await this.context.newPage();
    for (const page of this.context.pages()) {
      if (page !== keep && page !== this.helper) await page.close().catch(() => {});
    }
    const tab = this.tabFor(keep);
    await tab.setViewport(1280, 800);
    return tab;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await withTimeout(this.context.close(), 20_000, 'Closing Chromium').catch(() => {});
    fs.rmSync(this.profileDir, { recursive: true, force: true });
  }

  async restart(): Promise<ExtBrowser> {
    if (this.closed) throw new Error('This browser is closed');
    this.closed = true;
    await withTimeout(this.context.close(), 20_000, 'Closing Chromium');
    return launchChromium({ ...this.options, profileDir: this.profileDir });
  }
}

/** Chromium's arguments: only our extension, every host name mapped to the fixture server, no background traffic. */
export function chromiumArgs(extension: string, loopbackIp: string): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    // Ports are kept (no :port in the rule): https → 443, http → 80 on the fixture server's IP.
    `--host-resolver-rules=MAP * ${loopbackIp}, EXCLUDE localhost`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-default-apps',
    '--metrics-recording-only',
    '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,InterestFeedContentSuggestions,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ];
}

/** Launches Chromium with the built extension and waits for its service worker to learn the id. */
export async function launchChromium({
  profileDir: reopen,
  ...options
}: ChromiumLaunchOptions): Promise<ExtBrowser> {
  const extension = extensionDir('chromium');
  const profileDir = reopen ?? makeTempDir('chromium-profile-');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs(extension, options.loopbackIp),
    viewport: { width: 1280, height: 800 },
    timeout: 60_000,
  });
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 30_000,
      }));
    // Node's URL gives origin "null" for chrome-extension:, so cut the base by hand.
    const base = /^chrome-extension:\/\/[a-p]+\//.exec(worker.url())?.[0];
    if (!base) throw new Error(`Unexpected service worker URL ${worker.url()}`);
    return new ChromiumBrowser(context, base, profileDir, options);
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
}
