import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addEvent,
  addReflection,
  closeDb,
  countPausesPerDay,
  countPerDay,
  listEvents,
  listReflections,
  listStreakEvents,
} from '@/utils/db';
import { userTimeZone } from '@/utils/local-day';
import { addOfferedProfile, logContact, saveCheckIn, saveReflection } from '@/utils/popup-actions';
import { loadPopup, loadRecords, ringTarget, todaysNote } from '@/utils/popup-data';
import { getList, saveList, updateSettings } from '@/utils/settings';
import { computeStreak, type StreakSummary } from '@/utils/streak';
import { answerAsBackground, openActiveTab } from '../support/background-answers';
import { alexList } from '../support/lists';

const TZ = 'Europe/Berlin';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Wednesday 2026-03-18, 15:00 in Berlin (UTC+1).
const NOW = Date.UTC(2026, 2, 18, 14, 0);
const LOCAL_MIDNIGHT_TODAY = Date.UTC(2026, 2, 17, 23, 0);

const alex = alexList({ person: 'p1', profile: 'pr1' });

beforeEach(() => {
  // Only Date is faked: IndexedDB's fake still needs real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(async () => {
  vi.useRealTimers();
  await closeDb();
});

describe('loadPopup with nothing stored', () => {
  it('resolves every part to a calm empty state', async () => {
    const load = loadPopup(TZ);
    expect((await load.list).people).toEqual([]);
    expect((await load.streak).started).toBe(false);
    expect(await load.turnedBackThisWeek).toBe(0);
    const days = await load.pausesPerDay;
    expect(days).toHaveLength(14);
    expect(days.every((d) => d.count === 0)).toBe(true);
    expect(days.at(-1)?.day).toBe('2026-03-18');
    expect(await load.reflections).toEqual([]);
    expect(await load.checkInDue).toBe(false);
    expect(await load.offer).toBeNull();
  });
});

describe('loadPopup with history', () => {
  beforeEach(async () => {
    await saveList(alex);
    await updateSettings({ startDate: NOW - 23 * DAY - 4 * HOUR, goalDays: 60 });
  });

  it('computes the streak from the start date', async () => {
    const streak = await loadPopup(TZ).streak;
    expect(streak.current).toMatchObject({ days: 23, hours: 4 });
    expect(ringTarget(streak)).toMatchObject({ kind: 'milestone', days: 30 });
  });

  it('counts turned-back events over the last 7 local days, today included', async () => {
    const sixDaysAgoMidnight = LOCAL_MIDNIGHT_TODAY - 6 * DAY;
    for (const at of [
      NOW - HOUR,
      LOCAL_MIDNIGHT_TODAY,
      sixDaysAgoMidnight,
      sixDaysAgoMidnight - 1,
      NOW - 9 * DAY,
    ]) {
      await addEvent({ type: 'turned-back', at });
    }
    await addEvent({ type: 'continued', at: NOW - 2 * HOUR, countsAsContact: false });
    expect(await loadPopup(TZ).turnedBackThisWeek).toBe(3);
  });

  it('counts pauses per local day for the chart, oldest first', async () => {
    await addEvent({ type: 'paused', at: NOW - HOUR });
    await addEvent({ type: 'paused', at: NOW - 2 * HOUR });
    await addEvent({ type: 'paused', at: LOCAL_MIDNIGHT_TODAY - 1 }); // yesterday, 23:59:59
    await addEvent({ type: 'paused', at: NOW - 13 * DAY });
    await addEvent({ type: 'paused', at: NOW - 14 * DAY }); // outside the window
    const days = await loadPopup(TZ).pausesPerDay;
    expect(days.map((d) => d.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
    expect(days[0]?.day).toBe('2026-03-05');
  });

  it('loads only the newest three reflections, newest first', async () => {
    for (const [i, text] of ['first', 'second', 'third', 'fourth', 'fifth'].entries()) {
      vi.setSystemTime(NOW - (5 - i) * HOUR);
      await addReflection({ text, source: 'pause' });
    }
    expect((await loadPopup(TZ).reflections).map((r) => r.text)).toEqual(['fifth', 'fourth', 'third']);
  });

  it('asks for the check-in once the goal is reached, until it is answered', async () => {
    await updateSettings({ goalDays: 21 });
    expect(await loadPopup(TZ).checkInDue).toBe(true);
    await saveCheckIn({ settled: 'mostly', intention: '' });
    expect(await loadPopup(TZ).checkInDue).toBe(false);
    const [event] = await listEvents({ types: ['check-in'] });
    expect(event).toMatchObject({ type: 'check-in', answers: { settled: 'mostly', intention: '' } });
  });

  it('does not ask for the check-in before the goal', async () => {
    expect(await loadPopup(TZ).checkInDue).toBe(false);
  });

  it('restarts the streak on logged contact and keeps the best', async () => {
    await logContact('we-talked', 'coffee');
    vi.setSystemTime(NOW + 5 * HOUR);
    const streak = await loadPopup(TZ).streak;
    expect(streak.current).toMatchObject({ days: 0, hours: 5 });
    expect(streak.best.days).toBe(23);
    const [event] = await listEvents({ types: ['contact-logged'] });
    expect(event).toMatchObject({ type: 'contact-logged', kind: 'we-talked', note: 'coffee', at: NOW });
  });

  it('logs contact without a note field when none was given', async () => {
    await logContact('i-reached-out');
    const [event] = await listEvents({ types: ['contact-logged'] });
    expect(event && 'note' in event).toBe(false);
  });

  it('saves popup reflections with their source', async () => {
    const saved = await saveReflection('  I went for a walk instead.  ');
    expect(saved).toMatchObject({ text: 'I went for a walk instead.', source: 'popup' });
    expect((await loadPopup(TZ).reflections)[0]?.id).toBe(saved.id);
  });
});

describe('the popup reads its records at once', () => {
  const settings = { startDate: NOW - 40 * DAY, goalDays: 60 };
  beforeEach(async () => {
    await addEvent({ type: 'start-date-set', at: NOW - 40 * DAY, startDate: NOW - 40 * DAY });
    await addEvent({ type: 'contact-logged', at: NOW - 9 * DAY, kind: 'we-talked' });
    for (let i = 0; i < 30; i++) {
      await addEvent({ type: 'paused', at: NOW - i * 11 * HOUR });
      if (i % 3 === 0) await addEvent({ type: 'turned-back', at: NOW - i * 11 * HOUR + 1 });
    }
    for (let i = 0; i < 5; i++) {
      vi.setSystemTime(NOW - (5 - i) * HOUR);
      await addReflection({ text: `entry ${i}`, source: 'popup' });
    }
    vi.setSystemTime(NOW);
  });

  /** The same records, each from its own query (the summaries' own tests hold those to the records). */
  async function eachAlone(zone: string) {
    const { history: _, ...streak } = computeStreak({
      ...settings,
      now: NOW,
      timeZone: zone,
      events: await listStreakEvents(),
    });
    const week = await countPerDay('turned-back', 7, NOW, zone);
    return {
      streak,
      week: week.reduce((sum, d) => sum + d.count, 0),
      pausesPerDay: await countPausesPerDay(14, NOW, zone),
      reflections: await listReflections({ limit: 3 }),
    };
  }

  async function records(zone: string) {
    const load = loadRecords(Promise.resolve(settings as never), Promise.resolve(NOW), zone);
    return {
      streak: await load.streak,
      week: await load.turnedBackThisWeek,
      pausesPerDay: await load.pausesPerDay,
      reflections: await load.reflections,
    };
  }

  it('the streak, the week, the chart and the reflections come from one read-only transaction', async () => {
    const zone = userTimeZone();
    const expected = await eachAlone(zone);
    expect(expected.week).toBeGreaterThan(0);
    const transactions = vi.spyOn(IDBDatabase.prototype, 'transaction');
    expect(await records(zone)).toEqual(expected);
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(transactions.mock.calls[0]?.[0]).toBe('summary');
    transactions.mockRestore();
  });

  it('when that read fails, each record still loads by its own query', async () => {
    const zone = userTimeZone();
    const expected = await eachAlone(zone);
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementationOnce(() => {
      throw new DOMException('The disk is busy.', 'UnknownError');
    });
    expect(await records(zone)).toEqual(expected);
    vi.restoreAllMocks();
  });

  it('in a zone the summaries were not counted in, the days are counted again there', async () => {
    const away = userTimeZone() === 'Pacific/Auckland' ? 'America/New_York' : 'Pacific/Auckland';
    const expected = await eachAlone(away);
    expect(await records(away)).toEqual(expected);
  });
});

describe('the add-profile offer', () => {
  // The background recognises and adds; here its real handlers answer the popup's messages.
  beforeEach(() => answerAsBackground());

  it('offers a recognisable profile that is not listed, with platform, handle and its tab', async () => {
    const tabId = await openActiveTab('https://www.instagram.com/sam.rivers/');
    const offer = await loadPopup(TZ).offer;
    expect(offer?.platform).toBe('Instagram');
    expect(offer?.profile).toMatchObject({ platform: 'instagram', handle: '@sam.rivers' });
    expect(offer?.tabId).toBe(tabId);
  });

  it('offers nothing for a profile already on the list', async () => {
    await saveList(alex);
    await openActiveTab('https://www.instagram.com/alex/');
    expect(await loadPopup(TZ).offer).toBeNull();
  });

  it.each([
    'https://www.instagram.com/',
    'https://example.org/some/page',
    'chrome://extensions/',
    'about:blank',
  ])('offers nothing on %s', async (url) => {
    await openActiveTab(url);
    expect(await loadPopup(TZ).offer).toBeNull();
  });

  it('offers nothing when no tab is active', async () => {
    expect(await loadPopup(TZ).offer).toBeNull();
  });

  it('adding lists the profile under a new person named from the handle', async () => {
    await saveList(alex);
    await openActiveTab('https://www.instagram.com/sam/');
    const offer = await loadPopup(TZ).offer;
    if (!offer) throw new Error('expected an offer');
    await addOfferedProfile(offer);
    const list = await getList();
    expect(list.people.map((p) => p.label)).toEqual(['Alex', 'Sam']);
    expect(list.people[1]?.profiles[0]).toMatchObject({ platform: 'instagram', key: 'sam', paused: false });
    expect(await loadPopup(TZ).offer).toBeNull();
  });

  it('refuses to add the same profile twice (a second popup open in between)', async () => {
    await openActiveTab('https://www.instagram.com/sam/');
    const offer = await loadPopup(TZ).offer;
    if (!offer) throw new Error('expected an offer');
    await addOfferedProfile(offer);
    await expect(addOfferedProfile(offer)).rejects.toThrow();
    expect((await getList()).people).toHaveLength(1);
  });
});

describe('ringTarget and todaysNote', () => {
  const base: StreakSummary = {
    current: { since: 0, days: 10, hours: 0 },
    best: { days: 10, start: 0, end: null },
    history: [],
    nextMilestone: { days: 14, progress: 0.4 },
    reachedMilestone: null,
    goal: null,
    started: true,
  };

  it.each([
    ['no goal: the next milestone', null, { kind: 'milestone', days: 14 }],
    [
      'a goal before the next milestone',
      { days: 12, progress: 0.8, reached: false },
      { kind: 'goal', days: 12 },
    ],
    [
      'a goal beyond the next milestone',
      { days: 60, progress: 0.1, reached: false },
      { kind: 'milestone', days: 14 },
    ],
    ['a reached goal', { days: 7, progress: 1, reached: true }, { kind: 'milestone', days: 14 }],
  ] as const)('%s', (_name, goal, expected) => {
    expect(ringTarget({ ...base, goal: goal && { ...goal } })).toMatchObject(expected);
  });

  it('heads for the goal after the last milestone', () => {
    const goal = { days: 500, progress: 0.8, reached: false };
    expect(ringTarget({ ...base, nextMilestone: null, goal })).toMatchObject({ kind: 'goal', days: 500 });
    expect(ringTarget({ ...base, nextMilestone: null })).toBeNull();
  });

  it.each([
    ['an ordinary day', {}, null],
    [
      'a milestone day',
      { reachedMilestone: 14, current: { since: 0, days: 14, hours: 2 } },
      { kind: 'milestone', days: 14 },
    ],
    [
      'the goal day, also a milestone',
      {
        reachedMilestone: 30,
        current: { since: 0, days: 30, hours: 2 },
        goal: { days: 30, progress: 1, reached: true },
      },
      { kind: 'goal', days: 30 },
    ],
    [
      'the day after the goal',
      { current: { since: 0, days: 31, hours: 0 }, goal: { days: 30, progress: 1, reached: true } },
      null,
    ],
    ['not started', { started: false, reachedMilestone: 1 }, null],
  ] as const)('%s', (_name, patch, expected) => {
    expect(todaysNote({ ...base, ...(patch as Partial<StreakSummary>) })).toEqual(expected);
  });
});
