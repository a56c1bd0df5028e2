/**
 * Row 6 (Chromium): how long the popup takes to show the streak and the reflections with
 * 100,000 events and 10,000 reflections over three years ÷ with an empty database (but for
 * the start date), and the data-layer queries behind it. Two browsers with the same build, one
 * seeded big and one empty, measured alternately. The popup marks `popup-streak-shown` /
 * `popup-reflections-shown` once each is on screen; the time is the later of the two, from
 * navigation start.
 */
import { it } from 'vitest';
import {
  type BenchApi,
  BROWSER,
  benchCall,
  type ExtBrowser,
  launchProduct,
  openDataPage,
  pollNumber,
  startServer,
  type Tab,
  type TaskName,
} from '../../lib/browsers';
import { failedRow, type Row, recordRows, runCount } from '../../lib/record';
import { interleave, ratio, summarize } from '../../lib/stats';

const BIG = { events: 100_000, reflections: 10_000, years: 3 };
/**
 * Empty but for the start date: setting one records a `start-date-set` event (the onboarding
 * and the options page both do), so every user with a streak has it, and the streak is read
 * from its digest as with years of data. With no event at all the streak takes a slower path,
 * which would flatter the ratio.
 */
const EMPTY = { events: 1, reflections: 0, years: 3 };

function shown(): number | null {
  const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
  const streak = mark('popup-streak-shown');
  const reflections = mark('popup-reflections-shown');
  return streak !== undefined && reflections !== undefined ? Math.max(streak, reflections) : null;
}

async function openPopup(browser: ExtBrowser, tab: Tab): Promise<number> {
  await tab.goto('about:blank');
  await tab.goto(browser.extensionUrl('popup.html'), { waitUntil: 'commit' });
  return pollNumber(tab, shown, 'the popup to show the streak and the reflections', 60_000);
}

const TASKS: TaskName[] = ['together', 'reflections', 'pausesPerDay', 'streak', 'nothing'];
/** Batches per task per run; the run's sample is the median batch. */
const BATCHES = 7;

/**
 * One run of the data-layer tasks in both browsers. Both data pages are reloaded (a fresh page
 * opens the database anew, as the popup does) and readied; then, task by task in an order that
 * turns by one each run (whichever comes first after opening a large database is slower, so
 * each sits in every position equally often), a batch in one browser and a batch in the other,
 * alternately, BATCHES times: the big and empty samples of a task are taken side by side, so
 * the machine's moments of load fall on both. Each sample is the median batch.
 */
async function queryRun(
  big: { browser: ExtBrowser; tab: Tab },
  empty: { browser: ExtBrowser; tab: Tab },
  now: number,
  turn: number,
): Promise<{ big: Record<TaskName, number>; empty: Record<TaskName, number> }> {
  for (const side of [big, empty]) {
    await openDataPage(side.browser, side.tab);
    await benchCall(side.tab, 'prepare', now);
  }
  const out = { big: {} as Record<TaskName, number>, empty: {} as Record<TaskName, number> };
  for (let i = 0; i < TASKS.length; i++) {
    const name = TASKS[(i + turn) % TASKS.length] as TaskName;
    const batches = { big: [] as number[], empty: [] as number[] };
    for (let b = 0; b < BATCHES; b++) {
      const order = (b + turn) % 2 === 0 ? (['big', 'empty'] as const) : (['empty', 'big'] as const);
      for (const which of order) {
        const side = which === 'big' ? big : empty;
        batches[which].push(await benchCall(side.tab, 'batch', name));
      }
    }
    out.big[name] = summarize(batches.big).median;
    out.empty[name] = summarize(batches.empty).median;
  }
  return out;
}

async function seeded(browser: ExtBrowser, options: typeof BIG, now: number): Promise<Tab> {
  const page = await openDataPage(browser);
  const counts = await page.evaluate(
    (o: typeof BIG, at: number) =>
      (globalThis as unknown as { __bench: BenchApi }).__bench.seed({ ...o, now: at }),
    options,
    now,
  );
  if (counts.reflections !== options.reflections) throw new Error(`Seeded ${JSON.stringify(counts)}`);
  return page;
}

function pair(title: string, big: number[], empty: number[], goal: boolean, note?: string): Row[] {
  const r = ratio(big, empty);
  return [
    {
      row: 6,
      title: `${title}, empty database (the start date only)`,
      where: BROWSER,
      unit: 'ms',
      summary: summarize(empty),
      value: null,
    },
    {
      row: 6,
      title: `${title}, 100,000 events + 10,000 reflections`,
      where: BROWSER,
      unit: 'ms',
      summary: summarize(big),
      value: null,
      ratio: { ...r, baseline: 'empty' },
      ...(goal ? { goal: '≤ 1.2 (ratio)', met: r.median <= 1.2 } : {}),
      ...(note ? { note } : {}),
    },
  ];
}

it.skipIf(BROWSER !== 'chromium')('measures the popup with years of data against none', async () => {
  const server = await startServer();
  const browsers: ExtBrowser[] = [];
  const out: Row[] = [];
  try {
    const launched = [await launchProduct(server), await launchProduct(server)];
    browsers.push(...launched);
    const now = Date.now();
    await (await seeded(launched[0] as ExtBrowser, BIG, now)).close();
    await (await seeded(launched[1] as ExtBrowser, EMPTY, now)).close();
    // A user opens the popup on some later day, not in the browser session that has just
    // written 110,000 records (its extension process still holding that page's heap, its
    // database fresh from the writes): both browsers restart on their profiles first.
    for (let i = 0; i < browsers.length; i++) browsers[i] = await (browsers[i] as ExtBrowser).restart();
    const [big, empty] = browsers as [ExtBrowser, ExtBrowser];
    const bigData = await big.newTab();
    const emptyData = await empty.newTab();
    // The queries first: the popup runs afterwards (its tab stays open), so no page of it is
    // alive while they are timed.
    // Each query takes tenths of a millisecond: more runs than the other rows steady the median.
    const q = { a: [] as Record<TaskName, number>[], b: [] as Record<TaskName, number>[] };
    for (let turn = 0; turn < Math.max(6 * runCount(), 41); turn++) {
      const run = await queryRun(
        { browser: big, tab: bigData },
        { browser: empty, tab: emptyData },
        now,
        turn,
      );
      q.a.push(run.big);
      q.b.push(run.empty);
    }
    const bigTab = await big.newTab();
    const emptyTab = await empty.newTab();
    for (let i = 0; i < 2; i++) await Promise.all([openPopup(big, bigTab), openPopup(empty, emptyTab)]);
    const popup = await interleave(
      Math.max(2 * runCount(), 15),
      () => openPopup(big, bigTab),
      () => openPopup(empty, emptyTab),
    );
    out.push(...pair('Popup: streak and reflections shown', popup.a, popup.b, true));
    for (const [key, title, goal, note] of [
      [
        'together',
        "Queries: all the popup's records as it reads them (streak, week, chart, reflections)",
        true,
      ],
      ['reflections', 'Query: latest three reflections', false],
      ['pausesPerDay', 'Query: pauses per day, 14 days', false],
      ['streak', 'Query: the streak', false],
      [
        'nothing',
        'Floor: one read-only transaction that finds nothing',
        false,
        'what the storage engine takes for any one query, before reading a byte of ours: the floor under each query’s ratio',
      ],
    ] as [TaskName, string, boolean, string?][]) {
      out.push(
        ...pair(
          title,
          q.a.map((x) => x[key]),
          q.b.map((x) => x[key]),
          goal,
          note,
        ),
      );
    }
    recordRows('6-popup', out);
  } catch (error) {
    recordRows('6-popup', [...out, failedRow(6, 'Popup with years of data ÷ none', BROWSER, error)]);
    throw error;
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
});
