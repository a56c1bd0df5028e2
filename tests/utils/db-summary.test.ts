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
import { addToDay, countsOnDays, dayCountsOf, toStreakEvent } from '../../utils/db-summary';
import { localDay, localTime, userTimeZone } from '../../utils/local-day';
import type { Reflection, StoredEvent } from '../../utils/model';
import { breaksStreak } from '../../utils/streak';

const DAY = 86_400_000;
/** An offset from T0 spread over three weeks and every time of day (not just near T0). */
const offsetArb = fc
  .tuple(fc.integer({ min: -20, max: 0 }), fc.integer({ min: 0, max: DAY - 1 }))
  .map(([days, ms]) => days * DAY + ms);
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
});

/** What reading every record answers, to compare the summaries with. */
async function fromEveryRecord(now: number, zone: string) {
  const events = await listEvents();
  const today = localDay(now, zone);
  const perDay = (type: string, days: number) =>
    Array.from({ length: days }, (_, i) => today - days + 1 + i).map(
      (day) => events.filter((e) => e.type === type && localDay(e.at, zone) === day).length,
    );
  return {
    recent: await listReflections({ limit: 3 }),
    paused: perDay('paused', 14),
    turnedBack: perDay('turned-back', 7),
    streak: events.filter((e) => breaksStreak(e) || e.type === 'start-date-set').map(toStreakEvent),
  };
}

async function fromSummaries(now: number, zone: string) {
  return {
    recent: await listRecentReflections(3),
    paused: (await countPausesPerDay(14, now, zone)).map((d) => d.count),
    turnedBack: (await countPerDay('turned-back', 7, now, zone)).map((d) => d.count),
    streak: await listStreakEvents(),
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
