import { describe, expect, it, vi } from 'vitest';
import {
  addEvent,
  addReflection,
  clearAllData,
  countEvents,
  countPausesPerDay,
  deleteReflection,
  exportRecords,
  importRecords,
  listEvents,
  listRecentReflections,
  listReflections,
  listStreakEvents,
  updateReflection,
} from '../../utils/db';
import { localDay, startOfLocalDay, userTimeZone } from '../../utils/local-day';
import { ReflectionError } from '../../utils/reflection-text';
import { breaksStreak, computeStreak } from '../../utils/streak';
import { readStreak } from '../../utils/streak-read';
import { makeSeed } from '../support/seed';

const H = 3_600_000;
const T0 = Date.UTC(2024, 5, 1, 12); // 2024-06-01 12:00 UTC

describe('events', () => {
  it('stores an event with a generated id and lists it back', async () => {
    const stored = await addEvent({ type: 'paused', at: T0, personId: 'p1' });
    expect(stored.id).toMatch(/[0-9a-f-]{36}/);
    expect(await listEvents()).toEqual([stored]);
  });

  it('keeps a given id (imports and tests need stable ids)', async () => {
    await addEvent({ id: 'e1', type: 'turned-back', at: T0 });
    expect((await listEvents()).map((e) => e.id)).toEqual(['e1']);
  });

  it('stores no keys for undefined fields, so exports equal what was stored', async () => {
    const stored = await addEvent({ type: 'paused', at: T0, personId: undefined, profileId: 'f1' });
    const [read] = await listEvents();
    expect(Object.keys(read ?? {}).sort()).toEqual(['at', 'id', 'profileId', 'type']);
    expect(read).toEqual(stored);
  });

  it('twenty concurrent writes store exactly twenty events', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => addEvent({ type: 'paused', at: T0 + i })));
    expect(await countEvents('paused', 0, Infinity)).toBe(20);
    expect(new Set((await listEvents()).map((e) => e.id)).size).toBe(20);
  });

  it('lists a time range [from, to) oldest first, optionally by type', async () => {
    await addEvent({ id: 'c', type: 'paused', at: T0 + 2 * H });
    await addEvent({ id: 'a', type: 'paused', at: T0 });
    await addEvent({ id: 'b', type: 'turned-back', at: T0 + H });
    await addEvent({ id: 'd', type: 'turned-back', at: T0 + 3 * H });
    expect((await listEvents({ from: T0, to: T0 + 3 * H })).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect((await listEvents({ types: ['turned-back', 'paused'], from: T0 + H })).map((e) => e.id)).toEqual([
      'b',
      'c',
      'd',
    ]);
    expect((await listEvents({ types: ['turned-back'] })).map((e) => e.id)).toEqual(['b', 'd']);
  });

  it('counts events of one type in [from, to)', async () => {
    await addEvent({ type: 'paused', at: T0 });
    await addEvent({ type: 'paused', at: T0 + H });
    await addEvent({ type: 'turned-back', at: T0 });
    expect(await countEvents('paused', T0, T0 + H)).toBe(1);
    expect(await countEvents('paused', T0, T0 + H + 1)).toBe(2);
    expect(await countEvents('continued', 0, Infinity)).toBe(0);
  });

  it('lists only streak-shaping events, oldest first, with just what the streak reads', async () => {
    await addEvent({ id: 'p', type: 'paused', at: T0 });
    await addEvent({ id: 'soft', type: 'continued', at: T0 + 1, countsAsContact: false });
    await addEvent({ id: 'hard', type: 'continued', at: T0 + 2, countsAsContact: true });
    await addEvent({ id: 'contact', type: 'contact-logged', at: T0 + 3, kind: 'we-talked' });
    await addEvent({ id: 'start', type: 'start-date-set', at: T0 + 4, startDate: T0 });
    const events = await listStreakEvents();
    expect(events).toEqual([
      { type: 'continued', at: T0 + 2, countsAsContact: true },
      { type: 'contact-logged', at: T0 + 3 },
      { type: 'start-date-set', at: T0 + 4, startDate: T0 },
    ]);
    expect((await listEvents()).every((e) => !('streakAt' in e))).toBe(true);
  });
});

describe('countPausesPerDay', () => {
  it('counts pauses per local day, oldest first, today last, with empty days as 0', async () => {
    const zone = 'Europe/Berlin'; // UTC+2 in June
    const now = Date.UTC(2024, 5, 10, 10); // 12:00 in Berlin on June 10
    await addEvent({ type: 'paused', at: Date.UTC(2024, 5, 9, 22, 30) }); // 00:30 June 10 local
    await addEvent({ type: 'paused', at: Date.UTC(2024, 5, 9, 21, 30) }); // 23:30 June 9 local
    await addEvent({ type: 'paused', at: Date.UTC(2024, 5, 8, 12) });
    await addEvent({ type: 'turned-back', at: Date.UTC(2024, 5, 10, 9) });
    await addEvent({ type: 'paused', at: Date.UTC(2024, 5, 1, 12) }); // outside 3 days
    expect(await countPausesPerDay(3, now, zone)).toEqual([
      { day: '2024-06-08', count: 1 },
      { day: '2024-06-09', count: 1 },
      { day: '2024-06-10', count: 1 },
    ]);
  });

  it('gives a 23-hour DST day its own pauses only (New York, March)', async () => {
    const zone = 'America/New_York';
    // 2024-03-10 is 23 hours long in New York.
    await addEvent({ type: 'paused', at: Date.UTC(2024, 2, 10, 4, 30) }); // 23:30 Mar 9 EST
    await addEvent({ type: 'paused', at: Date.UTC(2024, 2, 10, 5, 30) }); // 00:30 Mar 10 EST
    await addEvent({ type: 'paused', at: Date.UTC(2024, 2, 11, 3, 30) }); // 23:30 Mar 10 EDT
    await addEvent({ type: 'paused', at: Date.UTC(2024, 2, 11, 4, 30) }); // 00:30 Mar 11 EDT
    const days = await countPausesPerDay(3, Date.UTC(2024, 2, 11, 16), zone);
    expect(days).toEqual([
      { day: '2024-03-09', count: 1 },
      { day: '2024-03-10', count: 2 },
      { day: '2024-03-11', count: 1 },
    ]);
  });

  it('answers 14 zero days on an empty database', async () => {
    const days = await countPausesPerDay(14, T0, 'UTC');
    expect(days).toHaveLength(14);
    expect(days.at(-1)).toEqual({ day: '2024-06-01', count: 0 });
    expect(days[0]?.day).toBe('2024-05-19');
  });
});

describe('reflections', () => {
  it('saves trimmed text with its context and lists it newest first', async () => {
    const first = await addReflection({ text: '  first  ', source: 'popup' });
    await new Promise((r) => setTimeout(r, 2));
    const second = await addReflection({
      text: 'second',
      mood: 3,
      prompt: 'What are you hoping to find?',
      source: 'pause',
      pauseId: 'e1',
      personId: 'p1',
    });
    expect(first.text).toBe('first');
    expect(Object.keys(first)).not.toContain('mood');
    expect(second).toMatchObject({ mood: 3, source: 'pause', pauseId: 'e1', personId: 'p1' });
    expect(await listRecentReflections(3)).toEqual([second, first]);
    expect(await listRecentReflections(1)).toEqual([second]);
  });

  it.each([
    ['', 'data_reflectionEmpty'],
    ['   \n ', 'data_reflectionEmpty'],
    ['x'.repeat(10_001), 'data_reflectionTooLong'],
  ])('refuses text %# with a calm message', async (text, key) => {
    const error = await addReflection({ text, source: 'popup' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReflectionError);
    expect((error as ReflectionError).key).toBe(key);
    expect((error as Error).message).not.toMatch(/!/);
    expect(await listRecentReflections(10)).toEqual([]);
  });

  it('accepts exactly 10,000 characters (after trimming)', async () => {
    const r = await addReflection({ text: ` ${'x'.repeat(10_000)} `, source: 'journal' });
    expect(r.text).toHaveLength(10_000);
  });

  it('refuses a mood outside 1–5', async () => {
    await expect(addReflection({ text: 'ok', mood: 6 as 5, source: 'popup' })).rejects.toThrow(
      ReflectionError,
    );
  });

  it('searches ignoring case and diacritics, with paging', async () => {
    for (const text of ['Ein Café am Fluss', 'walked by the CAFE', 'Straße', 'nothing here']) {
      await addReflection({ text, source: 'journal' });
      await new Promise((r) => setTimeout(r, 2));
    }
    expect((await listReflections({ query: 'cafe' })).map((r) => r.text)).toEqual([
      'walked by the CAFE',
      'Ein Café am Fluss',
    ]);
    expect((await listReflections({ query: 'STRASSE' })).map((r) => r.text)).toEqual(['Straße']);
    expect((await listReflections({ query: 'café', offset: 1, limit: 5 })).map((r) => r.text)).toEqual([
      'Ein Café am Fluss',
    ]);
    expect((await listReflections({ offset: 1, limit: 2 })).map((r) => r.text)).toEqual([
      'Straße',
      'walked by the CAFE',
    ]);
    expect(await listReflections({ query: 'zzz' })).toEqual([]);
  });

  it('edits text and mood, clears the mood with null, and keeps createdAt', async () => {
    const r = await addReflection({ text: 'before', mood: 2, source: 'popup' });
    const edited = await updateReflection(r.id, { text: 'after', mood: null });
    expect(edited).toMatchObject({ id: r.id, text: 'after', createdAt: r.createdAt });
    expect(edited.mood).toBeUndefined();
    expect(edited.updatedAt).toBeGreaterThanOrEqual(r.updatedAt);
    expect(await listRecentReflections(1)).toEqual([edited]);
    await expect(updateReflection(r.id, { text: ' ' })).rejects.toThrow(ReflectionError);
    await expect(updateReflection('missing', { text: 'x' })).rejects.toMatchObject({
      key: 'data_reflectionMissing',
    });
  });

  it('deletes one reflection', async () => {
    const a = await addReflection({ text: 'a', source: 'popup' });
    const b = await addReflection({ text: 'b', source: 'popup' });
    await deleteReflection(a.id);
    expect(await listRecentReflections(5)).toEqual([b]);
  });
});

describe('whole database', () => {
  it('exports, clears and re-imports (replace) to identical records', async () => {
    await addEvent({ type: 'paused', at: T0 });
    await addEvent({ type: 'continued', at: T0 + 1, countsAsContact: true });
    await addReflection({ text: 'kept', source: 'journal' });
    const before = await exportRecords();
    await clearAllData();
    expect(await exportRecords()).toEqual({ events: [], reflections: [] });
    await importRecords(before, 'replace');
    expect(await exportRecords()).toEqual(before);
    expect(await listStreakEvents()).toHaveLength(1);
  });

  it('merges: stored events stay, the later edit of a reflection wins', async () => {
    await addEvent({ id: 'e1', type: 'paused', at: T0, personId: 'mine' });
    const mine = await addReflection({ text: 'mine', source: 'popup' });
    await importRecords(
      {
        events: [
          { id: 'e1', type: 'paused', at: T0, personId: 'theirs' },
          { id: 'e2', type: 'turned-back', at: T0 + 1 },
        ],
        reflections: [
          { ...mine, text: 'older edit', updatedAt: mine.updatedAt - 1 },
          { id: 'r2', text: 'new', source: 'journal', createdAt: T0, updatedAt: T0 },
        ],
      },
      'merge',
    );
    const { events, reflections } = await exportRecords();
    expect(events.map((e) => [e.id, 'personId' in e ? e.personId : undefined])).toEqual([
      ['e1', 'mine'],
      ['e2', undefined],
    ]);
    expect(reflections.map((r) => r.text).sort()).toEqual(['mine', 'new']);
    await importRecords(
      { events: [], reflections: [{ ...mine, text: 'newer edit', updatedAt: mine.updatedAt + 1 }] },
      'merge',
    );
    expect((await listReflections({ query: 'newer' })).map((r) => r.id)).toEqual([mine.id]);
  });

  it('writes nothing when one record in a bulk import is invalid', async () => {
    await addEvent({ id: 'keep', type: 'paused', at: T0 });
    const before = await exportRecords();
    const bad = { type: 'paused', at: T0 } as never; // no id: not a valid primary key
    await expect(
      importRecords({ events: [{ id: 'ok', type: 'paused', at: T0 + 1 }, bad], reflections: [] }, 'replace'),
    ).rejects.toBeDefined();
    expect(await exportRecords()).toEqual(before);
  });
});

describe('years of data: the popup reads one small record per answer', () => {
  const now = Date.UTC(2025, 0, 1, 12);
  const seed = makeSeed({ events: 6_000, reflections: 600, years: 3, now });
  const zone = userTimeZone();

  /** Spies on every way of reading many records, to prove none is used. */
  function bulkReads() {
    return [
      vi.spyOn(IDBObjectStore.prototype, 'getAll'),
      vi.spyOn(IDBIndex.prototype, 'getAll'),
      vi.spyOn(IDBIndex.prototype, 'openCursor'),
      vi.spyOn(IDBObjectStore.prototype, 'openCursor'),
      vi.spyOn(IDBIndex.prototype, 'count'),
    ];
  }

  it('latest reflections: the newest three, from the summary', async () => {
    await importRecords(seed, 'replace');
    const reads = bulkReads();
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const latest = await listRecentReflections(3);
    expect(latest.map((r) => r.id)).toEqual(
      [...seed.reflections]
        .sort((a, b) => b.createdAt - a.createdAt)
        .slice(0, 3)
        .map((r) => r.id),
    );
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('pauses per day in the user zone: from the summary, equal to counting every event', async () => {
    await importRecords(seed, 'replace');
    const reads = bulkReads();
    const days = await countPausesPerDay(14, now, zone);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    const today = localDay(now, zone);
    const expected = Array.from({ length: 14 }, (_, i) => {
      const day = today - 13 + i;
      return seed.events.filter((e) => e.type === 'paused' && localDay(e.at, zone) === day).length;
    });
    expect(days.map((d) => d.count)).toEqual(expected);
    expect(expected.reduce((a, b) => a + b)).toBeGreaterThan(0);
  });

  it('pauses per day in another zone: counted on the index without reading a record', async () => {
    await importRecords(seed, 'replace');
    const other = zone === 'America/New_York' ? 'Asia/Kolkata' : 'America/New_York';
    const reads = bulkReads().slice(0, 4);
    const count = vi.spyOn(IDBIndex.prototype, 'count');
    const days = await countPausesPerDay(14, now, other);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    expect(count).toHaveBeenCalledTimes(14);
    const from = startOfLocalDay(localDay(now, other) - 13, other);
    const expected = seed.events.filter((e) => e.type === 'paused' && e.at >= from && e.at <= now).length;
    expect(days.reduce((sum, d) => sum + d.count, 0)).toBe(expected);
  });

  it('the streak: from the digest, reading no event, the same as computing it from every event', async () => {
    await importRecords(seed, 'replace');
    const reads = bulkReads();
    const settings = { startDate: seed.settings.startDate, goalDays: 60 };
    const streak = await readStreak(settings, now, zone);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    const { history, ...expected } = computeStreak({ ...settings, events: seed.events, now, timeZone: zone });
    expect(streak).toEqual(expected);
    expect(history.length).toBeGreaterThan(10);
  });

  it('streak events for the history: the few that shape streaks, from the sparse index', async () => {
    await importRecords(seed, 'replace');
    const indexGetAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const events = await listStreakEvents();
    expect(indexGetAll).toHaveBeenCalledTimes(1);
    expect((indexGetAll.mock.contexts[0] as IDBIndex).name).toBe('streak');
    const shaping = seed.events.filter((e) => breaksStreak(e) || e.type === 'start-date-set');
    expect(events.length).toBe(shaping.length);
    expect(events.length).toBeLessThan(seed.events.length / 10);
  });
});
