/**
 * Row 4, per platform fixture: frames of a listed profile painted on an in-app navigation
 * (the SPA fixture's frame recorder, reported by beacon) and requests for the profile that
 * reach the server on a full load — both must be 0 — and the frames painted when x.com's own
 * service worker serves the profile (no network request to rule on).
 */
import { it } from 'vitest';
import type { Profile } from '@/utils/model';
import { parseProfileLink } from '@/utils/profile-link';
import { waitFor } from '../../../e2e/harness';
import {
  BROWSER,
  type ExtBrowser,
  type FixtureServer,
  launchProduct,
  startServer,
  type Tab,
  useList,
} from '../../lib/browsers';
import { failedRow, type Row, recordRows, runCount } from '../../lib/record';
import { summarize } from '../../lib/stats';

const LINKS = [
  'https://www.instagram.com/alexsample/',
  'https://x.com/alexsample',
  'https://www.facebook.com/alexsample',
  'https://www.tiktok.com/@alexsample',
  'https://www.youtube.com/@alexsample',
  'https://www.threads.net/@alexsample',
  'https://www.linkedin.com/in/alexsample/',
  'https://www.reddit.com/user/alexsample/',
];

function profiles(): Profile[] {
  return LINKS.map((link, i) => {
    const parsed = parseProfileLink(link);
    if (!parsed.ok) throw new Error(`${link} is not a profile link: ${parsed.error.code}`);
    return { ...parsed.profile, id: `f${i}`, aliases: parsed.aliases, paused: false, addedAt: 0 };
  });
}

/** Waits until no beacon has arrived for `quietMs` (bounded), so late frame reports are counted. */
async function settle(server: FixtureServer, quietMs = 500): Promise<void> {
  let count = -1;
  let since = Date.now();
  await waitFor(
    () => {
      const now = server.beacons().length;
      if (now !== count) {
        count = now;
        since = Date.now();
      }
      return Date.now() - since >= quietMs;
    },
    { timeoutMs: 10_000, intervalMs: 50, message: 'beacons to settle' },
  );
}

/** Frames in which `path` was visible: the recorder's pagehide totals, or its per-frame beacons. */
function framesOf(server: FixtureServer, path: string): number {
  const perFrame = server.beacons('frame').filter((b) => b.data.path === path).length;
  const totals = server
    .beacons('pagehide')
    .map((b) => (b.data.perPath as Record<string, number> | undefined)?.[path] ?? 0);
  return Math.max(perFrame, ...totals);
}

/** Where a navigation must end: the pause page, or (for the unlisted controls) the URL itself. */
type Landing = { pause: string } | { stays: true };

async function landed(tab: Tab, url: URL, landing: Landing): Promise<void> {
  if ('pause' in landing) await tab.waitForUrl((u) => u.startsWith(landing.pause));
  else await tab.waitForUrl((u) => u.startsWith(url.href));
}

/**
 * Puts the background to sleep and checks, as the very last step before the caller's click,
 * that nothing has woken it since (a message sent just before the stop restarts the worker
 * right after it). Asleep must mean asleep at the moment of the navigation, or the row would
 * measure the awake background.
 */
async function asleepNow(browser: ExtBrowser, server: FixtureServer): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await browser.stopServiceWorker();
    server.clear();
    if (!(await browser.isServiceWorkerRunning())) return;
  }
  throw new Error('The background woke again right after being stopped, three times in a row');
}

async function inApp(
  browser: ExtBrowser,
  tab: Tab,
  server: FixtureServer,
  url: URL,
  options: { asleep?: boolean; landing?: Landing } = {},
) {
  await tab.goto(server.spaUrl(url.host, [url.pathname]));
  await tab.waitFor('#spa-link-0');
  if (options.asleep) await asleepNow(browser, server);
  else server.clear();
  await tab.click('#spa-link-0');
  await landed(tab, url, options.landing ?? { pause: browser.extensionUrl('pause.html') });
  if (options.landing && !('pause' in options.landing))
    await server.waitForBeacon((b) => b.data.kind === 'frame');
  await settle(server);
  return framesOf(server, url.pathname);
}

async function fullLoad(browser: ExtBrowser, tab: Tab, server: FixtureServer, url: URL, landing?: Landing) {
  await tab.goto('about:blank');
  server.clear();
  await tab.goto(url.href, { waitUntil: 'commit' });
  await landed(tab, url, landing ?? { pause: browser.extensionUrl('pause.html') });
  if (landing && !('pause' in landing)) await server.waitForBeacon((b) => b.data.kind === 'frame');
  await settle(server);
  return {
    requests: server.requestsFor(url.host, url.pathname.replace(/\/$/, '')).length,
    frames: framesOf(server, url.pathname),
  };
}

function row(title: string, unit: 'frames' | 'requests', values: number[]): Row {
  const summary = summarize(values);
  return { row: 4, title, where: BROWSER, unit, summary, value: null, goal: 'max 0', met: summary.max === 0 };
}

/** One line per platform: frames on in-app navigations and requests on full loads, each at most 0. */
function platformRow(host: string, frames: number[], requests: number[]): Row {
  const f = summarize(frames);
  const r = summarize(requests);
  return {
    row: 4,
    title: `${host}: profile frames painted (in-app navigation) · profile requests reaching the server (full load)`,
    where: BROWSER,
    unit: 'frames',
    summary: null,
    value: null,
    display: {
      median: `${f.median} frames · ${r.median} requests`,
      spread: `max ${f.max} · max ${r.max} (${f.runs} runs each)`,
    },
    goal: 'max 0 · max 0',
    met: f.max === 0 && r.max === 0,
  };
}

/**
 * Proof that the instruments see what they should: an unlisted profile, navigated to in
 * the app, by a full load and from the service worker, is painted and requested.
 */
async function controls(browser: ExtBrowser, tab: Tab, server: FixtureServer, host: string): Promise<Row> {
  const unlisted = new URL(`https://${host}/zzunlisted/`);
  const stays = { stays: true } as const;
  const frames = await inApp(browser, tab, server, unlisted, { landing: stays });
  const { requests } = await fullLoad(browser, tab, server, unlisted, stays);
  const ok = frames > 0 && requests > 0;
  return {
    row: 4,
    title: `Control: an unlisted profile on ${host} is painted (frames) and requested`,
    where: BROWSER,
    unit: 'frames',
    summary: null,
    value: frames,
    goal: '> 0 frames and > 0 requests',
    met: ok,
    note: `${requests} request(s); the recorder and the request log work`,
  };
}

async function measure(rows: Row[]): Promise<void> {
  const server = await startServer();
  let browser: ExtBrowser | undefined;
  try {
    browser = await launchProduct(server);
    const listed = profiles();
    await useList(browser, {
      people: listed.map((p, i) => ({
        id: `p${i}`,
        label: 'Alex',
        note: '',
        names: [],
        profiles: [p],
        addedAt: 0,
      })),
    });
    const tab = await browser.newTab();
    await tab.bringToFront();
    const n = runCount();
    rows.push(await controls(browser, tab, server, new URL(listed[0]?.url as string).host));
    for (const profile of listed) {
      const url = new URL(profile.url);
      const frames: number[] = [];
      const requests: number[] = [];
      for (let i = 0; i < n; i++) {
        frames.push(await inApp(browser, tab, server, url));
        requests.push((await fullLoad(browser, tab, server, url)).requests);
      }
      rows.push(platformRow(url.host, frames, requests));
    }
    const first = new URL(listed[0]?.url as string);
    const asleep: number[] = [];
    for (let i = 0; i < n; i++) asleep.push(await inApp(browser, tab, server, first, { asleep: true }));
    rows.push(
      row(`Profile frames painted, in-app navigation, ${first.host}, background asleep`, 'frames', asleep),
    );
    // Last: once installed, x.com's service worker answers every later x.com navigation.
    const x = new URL(listed.find((p) => p.platform === 'x')?.url as string);
    await tab.goto(server.serviceWorkerUrl(x.host));
    await server.waitForBeacon((b) => b.data.kind === 'sw-ready');
    const served: number[] = [];
    let reached = 0;
    for (let i = 0; i < n; i++) {
      const load = await fullLoad(browser, tab, server, x);
      served.push(load.frames);
      reached += load.requests;
    }
    const swControl = await fullLoad(browser, tab, server, new URL(`https://${x.host}/zzunlisted`), {
      stays: true,
    });
    rows.push({
      ...row(`Profile frames painted, page served by ${x.host}'s service worker`, 'frames', served),
      note: `control: an unlisted profile served by the worker painted ${swControl.frames} frame(s); ${reached} request(s) for the listed one reached the server`,
    });
  } finally {
    await browser?.close();
    await server.close();
  }
}

it(`measures profile frames and requests in ${BROWSER}`, async () => {
  const rows: Row[] = [];
  try {
    await measure(rows);
    recordRows(`4-leaks-${BROWSER}`, rows);
  } catch (error) {
    recordRows(`4-leaks-${BROWSER}`, [...rows, failedRow(4, 'Profile frames and requests', BROWSER, error)]);
    throw error;
  }
});
