/**
 * The popup's ready answers (utils/db-summary.ts, kept by utils/db.ts): pure helpers, and
 * proof that after any sequence of writes the summaries give exactly what reading every
 * record gives.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  addEvent,
  addReflection,
  clearAllData,
  countPausesPerDay,
  countPerDay,
  deleteReflection,
  importRecords,
  listEvents,
  listRecentReflections,
  listReflections,
  listStreakEvents,
  updateReflection,
} from '../../utils/db';
import {
  addToDay,
  countsFromSummary,
  countsOnDays,
  dayCountsOf,
  labelDays,
  lastLocalDays,
  RECENT_DAYS,
  recentDaysOf,
  toStreakEvent,
} from '../../utils/db-summary';
import { localDay, localTime, userTimeZone } from '../../utils/local-day';
import type { Reflection, StoredEvent } from '../../utils/model';
import { loadRecords } from '../../utils/popup-data';
import { breaksStreak, computeStreak } from '../../utils/streak';

const DAY = 86_400_000;
/** An offset from T0 over `days` and every time of day (not just near T0). */
const offsetIn = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: DAY - 1 }))
    .map(([days, ms]) => days * DAY + ms);
/**
 * Mostly the three weeks before T0; sometimes more than a year back, or weeks ahead (a clock
 * set wrong), so ranges fall both inside and outside the recent days' record.
 */
const offsetArb = fc.oneof(
  { weight: 4, arbitrary: offsetIn(-20, 0) },
  { weight: 1, arbitrary: offsetIn(-400, 45) },
);
const T0 = Date.UTC(2025, 2, 20, 12); // around the March DST changes in Europe and the US

describe('summary helpers', () => {
  it('keeps only what the streak reads of an event', () => {
    expect(
      toStreakEvent({
        id: 'c',
        type: 'continued',
        at: 5,
        pauseId: 'p',
        personId: 'x',
        countsAsContact: true,
      }),
    ).toEqual({ type: 'continued', at: 5, countsAsContact: true });
    expect(toStreakEvent({ id: 's', type: 'start-date-set', at: 6, startDate: 1 })).toEqual({
      type: 'start-date-set',
      at: 6,
      startDate: 1,
    });
  });

  it('counts pauses and turning back per local day, and nothing else', () => {
    const zone = 'Asia/Kolkata'; // UTC+5:30: 18:30 UTC is the next local day
    const counts = dayCountsOf(
      [
        { type: 'paused', at: Date.UTC(2025, 0, 1, 18, 29) },
        { type: 'paused', at: Date.UTC(2025, 0, 1, 18, 30) },
        { type: 'turned-back', at: Date.UTC(2025, 0, 1, 18, 30) },
        { type: 'continued', at: Date.UTC(2025, 0, 1, 18, 30) },
      ],
      zone,
    );
    const day = localDay(Date.UTC(2025, 0, 1, 12), zone);
    expect(counts.timeZone).toBe(zone);
    expect(counts.first).toBe(day);
    expect([...counts.counts.paused]).toEqual([1, 1]);
    expect([...counts.counts['turned-back']]).toEqual([0, 1]);
    expect(countsOnDays(counts, 'paused', [day - 1, day, day + 1, day + 2])).toEqual([0, 1, 1, 0]);
  });

  it('names the last local days, today last', () => {
    const zone = 'Pacific/Auckland';
    const now = Date.UTC(2025, 3, 6, 12); // 7 April, 00:00 in Auckland, the day DST ends
    const days = lastLocalDays(3, now, zone);
    expect(days).toEqual([days[0], (days[0] as number) + 1, (days[0] as number) + 2]);
    expect(labelDays(days, [4, 0])).toEqual([
      { day: '2025-04-05', count: 4 },
      { day: '2025-04-06', count: 0 },
      { day: '2025-04-07', count: 0 },
    ]);
    expect(lastLocalDays(0, now, zone)).toEqual([]);
  });
});

describe('the recent days', () => {
  const zone = 'UTC';
  const at = (d: number) => Date.UTC(2025, 0, 1, 12) + d * DAY;
  /** Pauses on days 0, 10, …, 90 and a turning back on each of the last two. */
  const all = dayCountsOf(
    [
      ...Array.from({ length: 10 }, (_, i) => ({ type: 'paused' as const, at: at(i * 10) })),
      { type: 'turned-back' as const, at: at(89) },
      { type: 'turned-back' as const, at: at(90) },
    ],
    zone,
  );
  const day = (d: number) => localDay(at(d), zone);

  it('keep the last RECENT_DAYS days up to the latest counted one', () => {
    const recent = recentDaysOf(all);
    expect(recent.counts.paused.length).toBe(RECENT_DAYS);
    expect(recent.from).toBe(day(90 - RECENT_DAYS + 1));
    expect(recent.first).toBe(recent.from);
    const window = Array.from({ length: RECENT_DAYS }, (_, i) => day(90 - RECENT_DAYS + 1 + i));
    expect(countsOnDays(recent, 'paused', window)).toEqual(countsOnDays(all, 'paused', window));
    expect(countsOnDays(recent, 'turned-back', window)).toEqual(countsOnDays(all, 'turned-back', window));
  });

  it('hold all of a short history, and answer for any day before it', () => {
    const short = recentDaysOf(all, 1000);
    expect(short.from).toBe(Number.NEGATIVE_INFINITY);
    expect(countsFromSummary(short, 'paused', [day(-500), day(0)], zone)).toEqual([0, 1]);
    const none = recentDaysOf(dayCountsOf([], zone));
    expect(countsFromSummary(none, 'paused', [day(0), day(1)], zone)).toEqual([0, 0]);
  });

  it('answer only for days they hold, in their own zone; the whole history answers the rest', () => {
    const recent = recentDaysOf(all);
    const twoWeeks = Array.from({ length: 14 }, (_, i) => day(100 + i)); // after the latest: nothing
    expect(countsFromSummary(recent, 'paused', twoWeeks, zone)).toEqual(Array(14).fill(0));
    const lastWeek = Array.from({ length: 7 }, (_, i) => day(84 + i));
    expect(countsFromSummary(recent, 'turned-back', lastWeek, zone)).toEqual([0, 0, 0, 0, 0, 1, 1]);
    const older = [day(30), day(90)];
    expect(countsFromSummary(recent, 'paused', older, zone)).toBeNull();
    expect(countsFromSummary(all, 'paused', older, zone)).toEqual([1, 1]);
    expect(countsFromSummary(undefined, 'paused', older, zone)).toBeNull();
    expect(countsFromSummary(all, 'paused', older, 'Asia/Kolkata')).toBeNull();
    expect(countsFromSummary(recent, 'paused', [], zone)).toEqual([]);
  });
});

/** What reading every record answers, to compare the summaries with. */
async function fromEveryRecord(now: number, zone: string) {
  const events = await listEvents();
  const today = localDay(now, zone);
  const perDay = (type: string, days: number) =>
    Array.from({ length: days }, (_, i) => today - days + 1 + i).map(
      (day) => events.filter((e) => e.type === type && localDay(e.at, zone) === day).length,
    );
  const recent = await listReflections({ limit: 3 });
  const paused = perDay('paused', 14);
  const turnedBack = perDay('turned-back', 7);
  const streak = events.filter((e) => breaksStreak(e) || e.type === 'start-date-set').map(toStreakEvent);
  const { history: _, ...current } = computeStreak({ ...SETTINGS, now, timeZone: zone, events: streak });
  return {
    recent,
    paused,
    turnedBack,
    twoMonths: perDay('paused', 60),
    streak,
    popup: { streak: current, week: turnedBack.reduce((a, b) => a + b, 0), paused, recent },
  };
}

/** The start date and goal the popup reads from the settings. */
const SETTINGS = { startDate: T0 - 30 * DAY, goalDays: 30 };

async function fromSummaries(now: number, zone: string) {
  const popup = loadRecords(Promise.resolve(SETTINGS as never), Promise.resolve(now), zone);
  return {
    recent: await listRecentReflections(3),
    paused: (await countPausesPerDay(14, now, zone)).map((d) => d.count),
    turnedBack: (await countPerDay('turned-back', 7, now, zone)).map((d) => d.count),
    twoMonths: (await countPausesPerDay(60, now, zone)).map((d) => d.count),
    streak: await listStreakEvents(),
    popup: {
      streak: await popup.streak,
      week: await popup.turnedBackThisWeek,
      paused: (await popup.pausesPerDay).map((d) => d.count),
      recent: await popup.reflections,
    },
  };
}

const eventArb: fc.Arbitrary<StoredEvent> = fc
  .record({
    kind: fc.constantFrom(
      'paused',
      'turned-back',
      'continued',
      'contact-logged',
      'start-date-set',
      'check-in',
    ),
    offset: offsetArb,
    flag: fc.boolean(),
    id: fc.uuid(),
  })
  .map(({ kind, offset, flag, id }): StoredEvent => {
    const at = T0 + offset;
    if (kind === 'continued') return { id, type: 'continued', at, countsAsContact: flag };
    if (kind === 'contact-logged') return { id, type: 'contact-logged', at, kind: 'we-talked' };
    if (kind === 'start-date-set') return { id, type: 'start-date-set', at, startDate: at - DAY };
    if (kind === 'check-in') return { id, type: 'check-in', at, answers: { settled: 'a little' } };
    return { id, type: kind as 'paused' | 'turned-back', at };
  });

const reflectionArb: fc.Arbitrary<Reflection> = fc
  .record({
    id: fc.uuid(),
    offset: offsetArb,
    text: fc.string({ minLength: 1 }),
  })
  .map(({ id, offset, text }) => ({
    id,
    text: `r ${text}`,
    source: 'popup' as const,
    createdAt: T0 + offset,
    updatedAt: T0 + offset,
  }));

type Op =
  | { op: 'event'; event: StoredEvent }
  | { op: 'reflect'; text: string }
  | { op: 'edit'; pick: number; text: string }
  | { op: 'delete'; pick: number }
  | { op: 'import'; mode: 'merge' | 'replace'; events: StoredEvent[]; reflections: Reflection[] }
  | { op: 'clear' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: eventArb.map((event) => ({ op: 'event' as const, event })) },
  {
    weight: 3,
    arbitrary: fc
      .string({ minLength: 1, maxLength: 20 })
      .map((text) => ({ op: 'reflect' as const, text: `x${text}` })),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), text: fc.constant('edited') }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('import' as const),
      mode: fc.constantFrom('merge' as const, 'replace' as const),
      events: fc.array(eventArb, { maxLength: 8 }),
      reflections: fc.array(reflectionArb, { maxLength: 6 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'clear' as const }) },
);

async function apply(op: Op): Promise<void> {
  const existing = async () => (await listReflections()).map((r) => r.id);
  if (op.op === 'event')
    await addEvent(op.event).catch(() => undefined); // a repeated uuid is refused; fine
  else if (op.op === 'reflect') await addReflection({ text: op.text, source: 'popup' });
  else if (op.op === 'edit') {
    const ids = await existing();
    if (ids.length) await updateReflection(ids[op.pick % ids.length] as string, { text: op.text });
  } else if (op.op === 'delete') {
    const ids = await existing();
    if (ids.length) await deleteReflection(ids[op.pick % ids.length] as string);
  } else if (op.op === 'import')
    await importRecords({ events: op.events, reflections: op.reflections }, op.mode);
  else await clearAllData();
}

describe('addToDay', () => {
  it('widens the days both ways, keeping every count', () => {
    const zone = 'UTC';
    const counts = dayCountsOf([], zone);
    expect(counts.counts.paused.length).toBe(0);
    const day = (d: number) => Date.UTC(2025, 0, d, 12);
    addToDay(counts, 'paused', day(10));
    addToDay(counts, 'turned-back', day(12));
    addToDay(counts, 'paused', day(7));
    addToDay(counts, 'paused', day(10));
    const first = localDay(day(7), zone);
    expect(counts.first).toBe(first);
    expect([...counts.counts.paused]).toEqual([1, 0, 0, 2, 0, 0]);
    expect([...counts.counts['turned-back']]).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('counts a year of events in one pass, however many', () => {
    const events = Array.from({ length: 200_000 }, (_, i) => ({ type: 'paused' as const, at: i * 150_000 }));
    const counts = dayCountsOf(events, 'UTC');
    expect(counts.counts.paused.reduce((a, b) => a + b, 0)).toBe(200_000);
  });
});

describe('the summaries stay in step with every write', () => {
  it('after any sequence of writes, they answer exactly what reading every record answers', async () => {
    const zone = userTimeZone();
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        await clearAllData();
        for (const op of ops) await apply(op);
        expect(await fromSummaries(T0, zone)).toEqual(await fromEveryRecord(T0, zone));
      }),
      { numRuns: 150 },
    );
  });

  it('a traveller: the first pause in a new zone recounts every day in it', async () => {
    localTime(T0, 'UTC'); // the runtime zone is known before the zone appears to change
    const home = userTimeZone();
    const away = home === 'Pacific/Auckland' ? 'America/New_York' : 'Pacific/Auckland';
    for (let i = 0; i < 10; i++) await addEvent({ type: 'paused', at: T0 - i * 5 * 3_600_000 });
    const options = Intl.DateTimeFormat.prototype.resolvedOptions;
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
      this: Intl.DateTimeFormat,
    ) {
      return { ...options.call(this), timeZone: away };
    });
    await addEvent({ type: 'paused', at: T0 + 1 });
    const expected = await fromEveryRecord(T0 + 1, away);
    const count = vi.spyOn(IDBIndex.prototype, 'count');
    expect((await countPausesPerDay(14, T0 + 1, away)).map((d) => d.count)).toEqual(expected.paused);
    expect(count).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('twenty pauses written at once are twenty in the day counts', async () => {
    const zone = userTimeZone();
    await Promise.all(Array.from({ length: 20 }, (_, i) => addEvent({ type: 'paused', at: T0 + i })));
    const today = (await countPausesPerDay(1, T0 + 20, zone))[0];
    expect(today?.count).toBe(20);
  });

  it('a write that fails changes no summary', async () => {
    const zone = userTimeZone();
    await addReflection({ text: 'kept', source: 'popup' });
    await addEvent({ type: 'contact-logged', at: T0, kind: 'we-talked' });
    const before = await fromSummaries(T0, zone);
    await expect(updateReflection('missing', { text: 'x' })).rejects.toBeDefined();
    const broken = { id: undefined, type: 'paused', at: T0 } as unknown as StoredEvent;
    await expect(importRecords({ events: [broken], reflections: [] }, 'replace')).rejects.toBeDefined();
    expect(await fromSummaries(T0, zone)).toEqual(before);
    expect(await fromEveryRecord(T0, zone)).toEqual(before);
  });
});
