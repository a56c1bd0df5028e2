/**
 * The browser side of the benchmark, on top of the e2e harness (its launcher, fixture server
 * and tabs): the built extension from .output-bench with the bench-only pages the runner
 * added (bench/data.html, bench/blank.html), and a do-nothing extension for "without".
 */
import path from 'node:path';
import type { PeopleList } from '@/utils/model';
import { compileRules } from '@/utils/rules';
import { BROWSER, type ExtBrowser, FixtureServer, launchBrowser, type Tab, waitFor } from '../../e2e/harness';
import type { SeedOptions } from '../../support/seed';
import { REPO_ROOT } from './build';

export type { ExtBrowser, FixtureServer, Tab };
export { BROWSER };

/** The bench build folder (the runner sets BR_OUT_DIR to it). */
export const BENCH_OUT = path.resolve(REPO_ROOT, process.env.BR_OUT_DIR ?? '.output-bench');

/** Starts the fixture server. */
export function startServer(): Promise<FixtureServer> {
  return FixtureServer.start();
}

/** Launches BROWSER with the extension built in `outDir` (the harness reads BR_OUT_DIR when launching). */
async function launchFrom(outDir: string, server: FixtureServer): Promise<ExtBrowser> {
  const previous = process.env.BR_OUT_DIR;
  process.env.BR_OUT_DIR = outDir;
  try {
    return await launchBrowser(BROWSER, { loopbackIp: server.ip });
  } finally {
    process.env.BR_OUT_DIR = previous;
  }
}

/** BROWSER with Breathing Room (the bench build). */
export function launchProduct(server: FixtureServer): Promise<ExtBrowser> {
  return launchFrom(BENCH_OUT, server);
}

/** BROWSER with an extension that does nothing (no content script, no rules): "without the extension". */
export function launchWithout(server: FixtureServer): Promise<ExtBrowser> {
  return launchFrom(path.join(BENCH_OUT, 'stub'), server);
}

/** The data-layer tasks bench/data.html times (tests/bench/pages/data-page.ts). */
export type TaskName = 'together' | 'reflections' | 'pausesPerDay' | 'streak' | 'nothing';

/** What bench/data.html exposes (tests/bench/pages/data-page.ts). */
export interface BenchApi {
  seed(options: SeedOptions & { list?: PeopleList }): Promise<{ events: number; reflections: number }>;
  setList(list: PeopleList, startDate: number): Promise<void>;
  prepare(now: number): Promise<void>;
  batch(name: TaskName): Promise<number>;
  dynamicRuleCount(): Promise<number>;
  redirectToBlank(url: string, domain: string): Promise<void>;
}

/** A tab on bench/data.html, ready to use. */
export async function openDataPage(browser: ExtBrowser, tab?: Tab): Promise<Tab> {
  const page = tab ?? (await browser.newTab());
  await page.goto(browser.extensionUrl('bench/data.html'));
  await waitFor(() => page.evaluate(() => (globalThis as { __bench?: { ready?: boolean } }).__bench?.ready), {
    message: 'the bench data page',
  });
  return page;
}

/** Stores `list` (with onboarded settings) and waits until the background has installed its rules. */
export async function useList(browser: ExtBrowser, list: PeopleList): Promise<void> {
  const expected = compileRules(list, browser.extensionUrl('pause.html')).length;
  const page = await openDataPage(browser);
  await page.evaluate(
    (l: PeopleList, start: number) =>
      (globalThis as unknown as { __bench: BenchApi }).__bench.setList(l, start),
    list,
    Date.now() - 40 * 86_400_000,
  );
  await waitFor(
    async () => {
      const count = await benchCall(page, 'dynamicRuleCount');
      return count === expected ? count : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 200, message: 'the background to install the network rules' },
  );
  await page.close();
}

/** Calls a function of the bench page's API with its (JSON) arguments. */
export function benchCall<K extends 'dynamicRuleCount' | 'prepare' | 'batch'>(
  page: Tab,
  name: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    (fn: string, a: unknown[]) =>
      (globalThis as unknown as { __bench: Record<string, (...x: unknown[]) => unknown> }).__bench[fn]?.(
        ...a,
      ),
    name,
    args,
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

/** Polls a page expression until it yields a number (e.g. a paint entry that appears after load). */
export function pollNumber(
  tab: Tab,
  read: () => number | null,
  what: string,
  timeoutMs = 20_000,
): Promise<number> {
  return waitFor(
    async () => {
      const value = await tab.evaluate(read);
      return typeof value === 'number' ? value : undefined;
    },
    { timeoutMs, intervalMs: 20, message: what },
  );
}
