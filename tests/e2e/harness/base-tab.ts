import { LOCATOR_SOURCE } from './page-scripts';
import { screenshotPath } from './paths';
import { DEFAULT_TIMEOUT_MS, waitFor } from './poll';
import { describeTarget, type Target, toWire } from './target';
import type {
  BrowserName,
  ElementInfo,
  EmulateOptions,
  GotoOptions,
  ScreenshotOptions,
  Tab,
  UrlMatch,
} from './types';

/** Turns a UrlMatch into a predicate. */
export function urlPredicate(match: UrlMatch): (url: string) => boolean {
  if (typeof match === 'string') return (url) => url === match;
  if (match instanceof RegExp) return (url) => match.test(url);
  return match;
}

/** Builds an expression that runs fn(...args) (or an expression) and yields its result as JSON text. */
export function jsonExpression(fn: ((...args: never[]) => unknown) | string, args: unknown[]): string {
  return wrapJson(typeof fn === 'string' ? `(${fn})` : `(${fn.toString()})(...${JSON.stringify(args)})`);
}

/** Wraps a call expression so the page returns `{v: result}` (or `{u: 1}` for undefined) as JSON text. */
export function wrapJson(call: string): string {
  return `(async () => { const __r = await ${call}; return JSON.stringify(__r === undefined ? { u: 1 } : { v: __r }); })()`;
}

/** The expression evalInExtension runs: fn(browser, ...args), `browser` being `browser` or `chrome`. */
export function extensionCall(fn: ((...args: never[]) => unknown) | string, args: unknown[]): string {
  if (typeof fn === 'string') return wrapJson(`(${fn})`);
  return wrapJson(`(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ...${JSON.stringify(args)})`);
}

/** Parses what jsonExpression produced. */
export function parseJsonResult<T>(raw: unknown): T {
  const parsed = JSON.parse(String(raw)) as { u?: 1; v?: T };
  return parsed.v as T;
}

interface Point {
  x: number;
  y: number;
}

/**
 * Everything a Tab does that is the same in both engines (finding elements, waiting, typing
 * flows, screenshots). Engines supply the primitives: evaluate, mouse, keys, capture, navigation.
 */
export abstract class BaseTab implements Tab {
  constructor(
    readonly id: string,
    protected readonly browserName: BrowserName,
  ) {}

  /** Evaluates an expression that yields a string (JSON) in the page's main world. */
  protected abstract rawEvaluate(expression: string): Promise<unknown>;
  protected abstract mouseClick(x: number, y: number): Promise<void>;
  protected abstract typeText(text: string): Promise<void>;
  protected abstract pressKey(key: string): Promise<void>;
  protected abstract capture(file: string, fullPage: boolean): Promise<void>;
  abstract goto(url: string, options?: GotoOptions): Promise<void>;
  abstract url(): Promise<string>;
  abstract setViewport(width: number, height: number): Promise<void>;
  abstract emulate(options: EmulateOptions): Promise<void>;
  abstract goBack(options?: GotoOptions): Promise<void>;
  abstract goForward(options?: GotoOptions): Promise<void>;
  abstract reload(options?: GotoOptions): Promise<void>;
  abstract bringToFront(): Promise<void>;
  abstract close(): Promise<void>;

  async evaluate<A extends unknown[], R>(fn: ((...args: A) => R) | string, ...args: A): Promise<Awaited<R>> {
    const raw = await this.rawEvaluate(jsonExpression(fn as (...a: never[]) => unknown, args));
    return parseJsonResult<Awaited<R>>(raw);
  }

  /** Calls one function of the injected locator with JSON arguments. */
  protected locator<T>(method: string, ...args: unknown[]): Promise<T> {
    const call = `(${LOCATOR_SOURCE}).${method}(...${JSON.stringify(args)})`;
    return this.evaluate<[], T>(call);
  }

  async waitForUrl(match: UrlMatch, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string> {
    const test = urlPredicate(match);
    let last = '';
    try {
      return await waitFor(
        async () => {
          last = await this.url();
          return test(last) ? last : undefined;
        },
        { timeoutMs },
      );
    } catch {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for URL ${String(match)}; the tab is at ${last}`,
      );
    }
  }

  async waitFor(target: Target, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    const wire = toWire(target);
    await waitFor(
      async () => {
        const script = `(() => { const L = ${LOCATOR_SOURCE}; const el = L.all(${JSON.stringify(wire)})[0]; return !!el && L.visible(el); })()`;
        return await this.evaluate<[], boolean>(script);
      },
      { timeoutMs, message: `${describeTarget(target)} to be visible` },
    );
  }

  async waitForHidden(target: Target, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    await waitFor(async () => !(await this.isVisible(target)), {
      timeoutMs,
      message: `${describeTarget(target)} to be hidden`,
    });
  }

  async click(target: Target, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    const point = await waitFor(
      async () => {
        const result = await this.locator<Point | { error: string }>('clickPoint', toWire(target));
        if ('error' in result) throw new Error(result.error);
        return result;
      },
      { timeoutMs, message: `${describeTarget(target)} to be clickable` },
    );
    await this.mouseClick(point.x, point.y);
  }

  async type(target: Target, text: string): Promise<void> {
    await this.click(target);
    await this.typeText(text);
  }

  async fill(target: Target, text: string): Promise<void> {
    await this.click(target);
    const wire = JSON.stringify(toWire(target));
    await this.evaluate(
      `(() => { const el = (${LOCATOR_SOURCE}).all(${wire})[0]; if (el && el.select) el.select(); else document.execCommand('selectAll'); })()`,
    );
    await this.pressKey('Backspace');
    if (text) await this.typeText(text);
  }

  press(key: string): Promise<void> {
    return this.pressKey(key);
  }

  async text(target: Target, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string> {
    const wire = JSON.stringify(toWire(target));
    return waitFor(
      async () => {
        const script = `(() => { const L = ${LOCATOR_SOURCE}; const el = L.all(${wire})[0]; return el ? L.norm(el.textContent) : null; })()`;
        return (await this.evaluate<[], string | null>(script)) ?? undefined;
      },
      { timeoutMs, message: `${describeTarget(target)} to exist` },
    );
  }

  async count(target: Target): Promise<number> {
    const found = await this.evaluate<[], number>(
      `(${LOCATOR_SOURCE}).all(${JSON.stringify(toWire(target))}).length`,
    );
    return found;
  }

  async isVisible(target: Target): Promise<boolean> {
    return this.evaluate<[], boolean>(
      `(() => { const L = ${LOCATOR_SOURCE}; const el = L.all(${JSON.stringify(toWire(target))})[0]; return !!el && L.visible(el); })()`,
    );
  }

  title(): Promise<string> {
    return this.evaluate<[], string>('document.title');
  }

  focused(): Promise<ElementInfo | null> {
    return this.evaluate<[], ElementInfo | null>(
      `(() => { const el = document.activeElement; return el && el !== document.body ? (${LOCATOR_SOURCE}).describe(el) : null; })()`,
    );
  }

  async screenshot(name: string, options: ScreenshotOptions = {}): Promise<string> {
    if (options.width !== undefined || options.height !== undefined) {
      await this.setViewport(options.width ?? 1280, options.height ?? 800);
    }
    if (options.colorScheme || options.reducedMotion) {
      await this.emulate({ colorScheme: options.colorScheme, reducedMotion: options.reducedMotion });
    }
    await this.settle();
    const file = screenshotPath(this.browserName, name);
    await this.capture(file, options.fullPage ?? false);
    return file;
  }

  /** Waits for fonts and two animation frames, so resizes and media changes are painted. */
  protected async settle(): Promise<void> {
    await this.evaluate(
      '(async () => { await document.fonts.ready; await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); })()',
    );
  }
}
