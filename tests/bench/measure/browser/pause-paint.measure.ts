/**
 * Row 3: navigation start → first contentful paint of the pause page, for a typed listed
 * profile URL (redirected by the network rules), divided by the same for a blank extension
 * page (bench/blank.html), in the same browser, runs interleaved. Beside them, the same typed
 * navigation redirected by one more rule of the same kind to the blank page itself: what the
 * browser's redirect costs before any of the pause page does.
 */
import { it } from 'vitest';
import { PAUSE_SHOWN_MARK } from '@/utils/shown-marks';
import { waitFor } from '../../../e2e/harness';
import {
  type BenchApi,
  BROWSER,
  type ExtBrowser,
  launchProduct,
  openDataPage,
  pollNumber,
  startServer,
  type Tab,
  useList,
} from '../../lib/browsers';
import { makeList, subsetList, TOP_PLATFORMS } from '../../lib/profiles';
import { failedRow, recordRows, runCount } from '../../lib/record';
import { ratio, rotate, summarize } from '../../lib/stats';

const TITLE = 'Time to the pause page (navigation start → first contentful paint)';

/** Paint timing of the current document, relative to its navigation start. */
function firstContentfulPaint(): number | null {
  const entry = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
  return entry ? entry.startTime : null;
}

/** When the page set the performance mark `name` (from navigation start), or null before it does. */
function markTime(name: string): number | null {
  return performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
}

/**
 * One typed navigation to `url`, timed by the paint entry of the page it lands on. After its
 * first paint the pause page still loads its data and records the pause (a message, storage,
 * IndexedDB, history.replaceState) until it sets its shown mark; `doneMark` waits for that
 * before the next run leaves the page. Leaving earlier has made Firefox lose the next
 * navigation now and then (BiDi's navigate neither started it nor answered: the tab stayed on
 * about:blank), and would let that work overlap the next run's timing.
 */
async function open(tab: Tab, url: string, landsOn: string, doneMark?: string) {
  await tab.goto('about:blank');
  const sent = Date.now();
  await tab.goto(url, { waitUntil: 'commit' });
  await tab.waitForUrl((u) => u.startsWith(landsOn));
  const paint = await pollNumber(tab, firstContentfulPaint, `the first contentful paint of ${landsOn}`);
  const origin = await tab.evaluate(() => performance.timeOrigin);
  const done = doneMark
    ? await waitFor(async () => (await tab.evaluate(markTime, doneMark)) ?? undefined, {
        timeoutMs: 20_000,
        message: `the ${doneMark} mark of ${landsOn}`,
      })
    : null;
  return { paint, done, lag: origin - sent };
}

it(`measures the time to the pause page in ${BROWSER}`, async () => {
  const server = await startServer();
  let browser: ExtBrowser | undefined;
  try {
    browser = await launchProduct(server);
    const list = subsetList(makeList(10_000), TOP_PLATFORMS);
    await useList(browser, list);
    const target = list.people[0]?.profiles[0]?.url as string;
    const unlisted = 'https://www.instagram.com/zzredirected/';
    const data = await openDataPage(browser);
    await data.evaluate(
      (url: string) =>
        (globalThis as unknown as { __bench: BenchApi }).__bench.redirectToBlank(url, 'instagram.com'),
      unlisted,
    );
    await data.close();
    const pause = browser.extensionUrl('pause.html');
    const blank = browser.extensionUrl('bench/blank.html');
    const tab = await browser.newTab();
    await tab.bringToFront();
    const tasks = [
      () => open(tab, target, pause, PAUSE_SHOWN_MARK),
      () => open(tab, blank, blank),
      () => open(tab, unlisted, blank),
    ];
    await rotate(2, tasks);
    const [subjectRuns = [], baselineRuns = [], redirectRuns = []] = await rotate(runCount(), tasks);
    // performance.timeOrigin must be the typed navigation's start, not the redirect's.
    const lag = summarize([...subjectRuns, ...baselineRuns, ...redirectRuns].map((r) => r.lag)).median;
    if (lag > 500)
      throw new Error(`Navigation start is ${lag} ms after the request: paint timing is not comparable`);
    const subject = subjectRuns.map((r) => r.paint);
    const baseline = baselineRuns.map((r) => r.paint);
    const redirected = redirectRuns.map((r) => r.paint);
    const r = ratio(subject, baseline);
    recordRows(`3-pause-paint-${BROWSER}`, [
      {
        row: 3,
        title: `${TITLE}, blank extension page`,
        where: BROWSER,
        unit: 'ms',
        summary: summarize(baseline),
        value: null,
      },
      {
        row: 3,
        title: `${TITLE}, listed profile typed`,
        where: BROWSER,
        unit: 'ms',
        summary: summarize(subject),
        value: null,
        ratio: { ...r, baseline: 'blank extension page' },
        goal: '≤ 1.3 (ratio)',
        met: r.median <= 1.3,
        note: `${target} → pause page, through the network rules`,
      },
      {
        row: 3,
        title: `${TITLE}, unlisted profile typed, redirected by a rule to the blank page`,
        where: BROWSER,
        unit: 'ms',
        summary: summarize(redirected),
        value: null,
        ratio: { ...ratio(redirected, baseline), baseline: 'blank extension page' },
        note: 'the browser’s redirect alone: the floor under the pause page’s ratio',
      },
      {
        row: 3,
        title: `${TITLE}, listed profile typed, over the redirect alone`,
        where: BROWSER,
        unit: 'ms',
        summary: summarize(subject),
        value: null,
        ratio: { ...ratio(subject, redirected), baseline: 'redirect to the blank page' },
        note: 'what the pause page itself adds',
      },
      {
        row: 3,
        title: 'Time to the whole pause page (who and where, the streak, the choices), listed profile typed',
        where: BROWSER,
        unit: 'ms',
        summary: summarize(subjectRuns.map((run) => run.done as number)),
        value: null,
        note: 'the page’s own pause-shown mark: its data loaded, the pause recorded, all on screen',
      },
    ]);
  } catch (error) {
    recordRows(`3-pause-paint-${BROWSER}`, [failedRow(3, TITLE, BROWSER, error)]);
    throw error;
  } finally {
    await browser?.close();
    await server.close();
  }
});
