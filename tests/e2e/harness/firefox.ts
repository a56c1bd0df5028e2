import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { WxtBrowser as Browser } from 'wxt/browser';
import { BaseTab, extensionCall, parseJsonResult, urlPredicate, wrapJson } from './base-tab';
import { BidiClient, BidiError } from './bidi';
import { chordActions, textActions } from './firefox-input';
import { FirefoxOutput } from './firefox-output';
import { firefoxPrefs, toUserJs } from './firefox-prefs';
import { extensionDir, makeTempDir } from './paths';
import { DEFAULT_TIMEOUT_MS, waitFor, withTimeout } from './poll';
import { spawnBrowser, stopBrowser } from './processes';
import type { EmulateOptions, ExtBrowser, GotoOptions, Tab, UrlMatch } from './types';

/** Where Debian installs Firefox ESR; override with FIREFOX_PATH. */
export const firefoxPath = () => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The gecko id from wxt.config.ts and the fixed UUID the profile assigns to it. */
export const GECKO_ID = 'breathing-room@breathing-room.app';
export const EXTENSION_UUID = 'b7e2a0c4-5d1f-4e8a-9c3b-2f6d8e1a4b70';

/** Navigation errors that only mean "something else took over", e.g. a redirect to the pause page. */
const REPLACED =
  /NS_BINDING_ABORTED|NS_ERROR_ABORT|navigation (was )?(aborted|canceled|cancelled)|interrupted|replaced/i;

type RemoteValue = { type: string; value?: unknown };
type EvaluateResult =
  | { type: 'success'; result: RemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };
type TreeNode = { context: string; url: string; children?: TreeNode[] };

class FirefoxTab extends BaseTab {
  constructor(
    readonly context: string,
    private readonly owner: FirefoxBrowser,
  ) {
    super(context, 'firefox');
  }

  private get bidi(): BidiClient {
    return this.owner.bidi;
  }

  protected rawEvaluate(expression: string): Promise<unknown> {
    return this.owner.evaluateIn(this.context, expression);
  }

  protected async mouseClick(x: number, y: number): Promise<void> {
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  private async keys(actions: { type: string; value: string }[]): Promise<void> {
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'keyboard', actions }],
    });
  }

  protected typeText(text: string): Promise<void> {
    return this.keys(textActions(text));
  }

  protected pressKey(key: string): Promise<void> {
    return this.keys(chordActions(key));
  }

  protected async capture(file: string, fullPage: boolean): Promise<void> {
    let params: Record<string, unknown> = { context: this.context, origin: 'viewport' };
    if (fullPage) {
      const size = await this.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      }));
      params = { context: this.context, origin: 'document', clip: { type: 'box', x: 0, y: 0, ...size } };
    }
    const { data } = await this.bidi.send<{ data: string }>('browsingContext.captureScreenshot', params);
    fs.writeFileSync(file, Buffer.from(data, 'base64'));
  }

  async goto(url: string, options: GotoOptions = {}): Promise<void> {
    await this.navigation(
      this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: bidiWait(options) }),
      options,
    );
  }

  private async navigation(command: Promise<unknown>, options: GotoOptions): Promise<void> {
    try {
      await withTimeout(command, options.timeoutMs ?? DEFAULT_TIMEOUT_MS * 2, 'Navigation');
    } catch (error) {
      if (!(error instanceof Error) || !REPLACED.test(error.message)) throw error;
    }
  }

  async url(): Promise<string> {
    const { contexts } = await this.bidi.send<{ contexts: TreeNode[] }>('browsingContext.getTree', {
      root: this.context,
      maxDepth: 0,
    });
    return contexts[0]?.url ?? '';
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.bidi.send('browsingContext.setViewport', {
      context: this.context,
      viewport: { width, height },
    });
  }

  /** Firefox has no per-tab media emulation over BiDi; the prefs below apply to every tab. */
  async emulate(options: EmulateOptions): Promise<void> {
    await this.owner.setMediaPrefs(options);
  }

  async goBack(options: GotoOptions = {}): Promise<void> {
    await this.traverse(-1, options);
  }

  async goForward(options: GotoOptions = {}): Promise<void> {
    await this.traverse(1, options);
  }

  /**
   * History traversal. BiDi sends no `load` event for moz-extension documents nor for pages
   * restored from the back-forward cache, so instead the current window is marked first and
   * the traversal counts as done once a different window (document) is there and, for
   * `load`, complete.
   */
  private async traverse(delta: number, options: GotoOptions): Promise<void> {
    const token = `br-${Date.now()}-${Math.random()}`;
    await this.evaluate((t: string) => {
      (window as unknown as { __brMark?: string }).__brMark = t;
    }, token).catch(() => {});
    await this.navigation(
      this.bidi.send('browsingContext.traverseHistory', { context: this.context, delta }),
      options,
    );
    const waitUntil = options.waitUntil ?? 'load';
    if (waitUntil === 'none') return;
    await waitFor(
      () =>
        this.evaluate(
          (t: string, needLoad: boolean) =>
            (window as unknown as { __brMark?: string }).__brMark !== t &&
            (!needLoad || document.readyState === 'complete'),
          token,
          waitUntil === 'load',
        ),
      { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS * 2, message: 'the history navigation' },
    );
  }

  async reload(options: GotoOptions = {}): Promise<void> {
    await this.navigation(
      this.bidi.send('browsingContext.reload', { context: this.context, wait: bidiWait(options) }),
      options,
    );
  }

  async bringToFront(): Promise<void> {
    await this.bidi.send('browsingContext.activate', { context: this.context });
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.context }).catch((error: unknown) => {
      if (!(error instanceof BidiError && error.code === 'no such frame')) throw error;
    });
  }
}

const bidiWait = (options: GotoOptions) =>
  ({ load: 'complete', commit: 'interactive', none: 'none' })[options.waitUntil ?? 'load'];

/** Firefox ESR driven over its built-in WebDriver BiDi, with the extension installed temporarily. */
class FirefoxBrowser implements ExtBrowser {
  readonly name = 'firefox' as const;
  readonly extensionBaseUrl = `moz-extension://${EXTENSION_UUID}/`;
  private readonly tabsById = new Map<string, FirefoxTab>();
  private readonly logErrors: string[] = [];
  private helper: string | undefined;
  private errorsSince = 0;
  private closed = false;

  constructor(
    readonly bidi: BidiClient,
    private readonly process: ChildProcess,
    private readonly profileDir: string,
    private readonly output: FirefoxOutput,
  ) {
    bidi.on('browsingContext.contextDestroyed', (params) => this.tabsById.delete(String(params.context)));
    bidi.on('log.entryAdded', (params) => this.onLog(params));
  }

  /** Keeps BiDi log errors whose stack points into the extension. */
  private onLog(params: Record<string, unknown>): void {
    if (params.level !== 'error') return;
    const frames = (params.stackTrace as { callFrames?: { url: string }[] } | undefined)?.callFrames ?? [];
    if (frames.some((frame) => frame.url.startsWith(this.extensionBaseUrl))) {
      this.logErrors.push(`log.entryAdded (${String(params.type)}): ${String(params.text)}`);
    }
  }

  extensionUrl(file: string): string {
    return new URL(file, this.extensionBaseUrl).href;
  }

  /** Evaluates a JSON-yielding expression in a browsing context (content or chrome scope). */
  async evaluateIn(context: string, expression: string): Promise<unknown> {
    const result = await this.bidi.send<EvaluateResult>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`Evaluation failed: ${result.exceptionDetails.text}`);
    return result.result.value;
  }

  /** Runs privileged code in the browser window (needs -remote-allow-system-access). */
  async evaluateInChrome<T>(body: string): Promise<T> {
    const { contexts } = await this.bidi.send<{ contexts: TreeNode[] }>('browsingContext.getTree', {
      'moz:scope': 'chrome',
      maxDepth: 0,
    });
    const chrome = contexts[0]?.context;
    if (!chrome) throw new Error('No chrome window to evaluate in');
    return parseJsonResult<T>(await this.evaluateIn(chrome, wrapJson(`(async () => { ${body} })()`)));
  }

  private tabFor(context: string): FirefoxTab {
    let tab = this.tabsById.get(context);
    if (!tab) {
      tab = new FirefoxTab(context, this);
      this.tabsById.set(context, tab);
    }
    return tab;
  }

  private async topLevel(): Promise<TreeNode[]> {
    const { contexts } = await this.bidi.send<{ contexts: TreeNode[] }>('browsingContext.getTree', {
      maxDepth: 0,
    });
    return contexts;
  }

  async newTab(url?: string, options?: GotoOptions): Promise<Tab> {
    const { context } = await this.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    const tab = this.tabFor(context);
    await tab.setViewport(1280, 800);
    if (url) await tab.goto(url, options);
    return tab;
  }

  async tabs(): Promise<Tab[]> {
    return (await this.topLevel())
      .filter((node) => node.context !== this.helper)
      .map((node) => this.tabFor(node.context));
  }

  async waitForTab(match: UrlMatch, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Tab> {
    const test = urlPredicate(match);
    return waitFor(
      async () => {
        const node = (await this.topLevel()).find((n) => n.context !== this.helper && test(n.url));
        return node ? this.tabFor(node.context) : undefined;
      },
      { timeoutMs, message: `a tab at ${String(match)}` },
    );
  }

  private async helperContext(): Promise<string> {
    const alive = this.helper && (await this.topLevel()).some((node) => node.context === this.helper);
    if (!alive) {
      const { context } = await this.bidi.send<{ context: string }>('browsingContext.create', {
        type: 'tab',
        background: true,
      });
      await this.bidi.send('browsingContext.navigate', {
        context,
        url: this.extensionUrl('popup.html'),
        wait: 'complete',
      });
      this.helper = context;
    }
    return this.helper as string;
  }

  async evalInExtension<A extends unknown[], R>(
    fn: ((browser: Browser, ...args: A) => R) | string,
    ...args: A
  ): Promise<Awaited<R>> {
    const context = await this.helperContext();
    const raw = await this.evaluateIn(context, extensionCall(fn as (...a: never[]) => unknown, args));
    return parseJsonResult<Awaited<R>>(raw);
  }

  async stopServiceWorker(): Promise<void> {
    await this.evaluateInChrome(
      `await WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.terminateBackground({ ignoreDevToolsAttached: true });`,
    );
    await waitFor(async () => !(await this.isServiceWorkerRunning()), { message: 'the background to stop' });
  }

  async isServiceWorkerRunning(): Promise<boolean> {
    const state = await this.evaluateInChrome<string>(
      `return WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.backgroundState;`,
    );
    return state !== 'stopped';
  }

  /** Sets the media prefs (global in Firefox); 0 = dark, 1 = light for the content override. */
  async setMediaPrefs(options: EmulateOptions): Promise<void> {
    const lines: string[] = [];
    if (options.colorScheme) {
      const value = options.colorScheme === 'dark' ? 0 : 1;
      lines.push(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${value});`);
    }
    if (options.reducedMotion) {
      lines.push(
        `Services.prefs.setIntPref('ui.prefersReducedMotion', ${options.reducedMotion === 'reduce' ? 1 : 0});`,
      );
    }
    if (lines.length) await this.evaluateInChrome(lines.join('\n'));
  }

  async extensionErrors(): Promise<string[]> {
    const fromBrowser = await this.evaluateInChrome<string[]>(`
      const base = ${JSON.stringify(this.extensionBaseUrl)};
      const since = ${this.errorsSince};
      const out = [];
      for (const m of Services.console.getMessageArray() ?? []) {
        if (!(m instanceof Ci.nsIScriptError) || m.timeStamp < since) continue;
        if (m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) continue;
        if ((m.sourceName || '').startsWith(base)) out.push('error: ' + m.errorMessage + ' (' + m.sourceName + ':' + m.lineNumber + ')');
      }
      return out;`);
    const printed = this.output.consoleErrorsSince(this.errorsSince);
    // Firefox notes an extension API call that answers after its page was left (a person
    // pressing "Go back" while the pause page still loads): the page is gone, nothing failed.
    const unloaded = /Promise (resolved|rejected) after context unloaded/;
    return [...new Set([...fromBrowser, ...printed, ...this.logErrors])].filter((e) => !unloaded.test(e));
  }

  clearExtensionErrors(): void {
    this.errorsSince = Date.now();
    this.logErrors.length = 0;
  }

  async resetTabs(): Promise<Tab> {
    const keep = await this.newTab();
    for (const node of await this.topLevel()) {
      if (node.context !== keep.id && node.context !== this.helper) {
        await this.tabFor(node.context)
          .close()
          .catch(() => {});
      }
    }
    return keep;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await withTimeout(this.bidi.send('browser.close'), 10_000, 'browser.close').catch(() => {});
    this.bidi.close();
    await stopBrowser(this.process);
    fs.rmSync(this.profileDir, { recursive: true, force: true });
  }

  restart(): Promise<ExtBrowser> {
    return Promise.reject(new Error('Firefox forgets a temporary add-on and its data when it closes'));
  }
}

/** Launches Firefox ESR headless with a prepared profile, opens a BiDi session and installs the extension. */
export async function launchFirefox(options: {
  loopbackIp: string;
  firefoxPrefs?: Record<string, string | number | boolean>;
}): Promise<ExtBrowser> {
  const extension = extensionDir('firefox');
  const profileDir = makeTempDir('firefox-profile-');
  const prefs = {
    ...firefoxPrefs({
      loopbackIp: options.loopbackIp,
      extensionId: GECKO_ID,
      extensionUuid: EXTENSION_UUID,
    }),
    ...options.firefoxPrefs,
  };
  fs.writeFileSync(path.join(profileDir, 'user.js'), toUserJs(prefs));
  const args = [
    '-headless',
    '--remote-debugging-port',
    '0',
    '-remote-allow-system-access',
    '-profile',
    profileDir,
    '-no-remote',
  ];
  // No crash reporter: its helper process would outlive the browser.
  const child = spawnBrowser(firefoxPath(), args, { MOZ_CRASHREPORTER_DISABLE: '1' });
  const output = new FirefoxOutput(child);
  try {
    const address = await withTimeout(output.address, 60_000, 'Firefox start-up');
    const bidi = await BidiClient.connect(`${address}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await bidi.send('session.subscribe', {
      events: ['browsingContext.contextDestroyed', 'log.entryAdded'],
    });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extension } });
    const browser = new FirefoxBrowser(bidi, child, profileDir, output);
    for (const tab of await browser.tabs()) await tab.setViewport(1280, 800);
    return browser;
  } catch (error) {
    await stopBrowser(child);
    fs.rmSync(profileDir, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\nFirefox output:\n${output.recent()}`);
  }
}
