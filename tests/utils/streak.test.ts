import { describe, expect, it } from 'vitest';
import { startOfLocalDay } from '../../utils/local-day';
import type { StoredEvent } from '../../utils/model';
import { computeStreak, elapsed, MILESTONES } from '../../utils/streak';

const H = 3_600_000;
const D = 24 * H;

/** The instant of a wall-clock time in a zone, e.g. at('America/New_York', 2024, 3, 10, 1, 30). */
function at(zone: string, y: number, m: number, d: number, h = 0, min = 0): number {
  const day = Math.floor(Date.UTC(y, m - 1, d) / D);
  // Walk from local midnight; fine for the tests' times, which avoid skipped hours.
  const midnight = startOfLocalDay(day, zone);
  const guess = midnight + h * H + min * 60_000;
  const local = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    hour: 'numeric',
  }).format(guess);
  return guess - (Number(local) - h) * H;
}

function streak(
  startDate: number | null,
  now: number,
  zone = 'UTC',
  events: StoredEvent[] = [],
  goalDays: number | null = null,
) {
  return computeStreak({ startDate, events, now, timeZone: zone, goalDays });
}

let n = 0;
const contact = (t: number): StoredEvent => ({
  id: `c${n++}`,
  type: 'contact-logged',
  at: t,
  kind: 'i-reached-out',
});
const continued = (t: number, countsAsContact: boolean): StoredEvent => ({
  id: `v${n++}`,
  type: 'continued',
  at: t,
  countsAsContact,
});
const startSet = (t: number, startDate: number): StoredEvent => ({
  id: `s${n++}`,
  type: 'start-date-set',
  at: t,
  startDate,
});

describe('milestones', () => {
  it('are the agreed days', () => {
    expect(MILESTONES).toEqual([1, 3, 7, 14, 21, 30, 45, 60, 77, 90, 180, 365]);
  });
});

describe('computeStreak basics', () => {
  const start = Date.UTC(2024, 0, 1);

  it('is not started without a start date', () => {
    const s = streak(null, start);
    expect(s.started).toBe(false);
    expect(s.current.days).toBe(0);
    expect(s.history).toEqual([]);
  });

  it('is not started while the start date is in the future', () => {
    const s = streak(start + D, start);
    expect(s.started).toBe(false);
    expect(s.nextMilestone).toBeNull();
  });

  it('shows hours on the first days and whole days after', () => {
    expect(streak(start, start + 5 * H + 59 * 60_000).current).toEqual({ since: start, days: 0, hours: 5 });
    expect(streak(start, start + 30 * H).current).toEqual({ since: start, days: 1, hours: 6 });
    expect(streak(start, start + 23 * D + 2 * H).current.days).toBe(23);
  });

  it('counts progress to the next milestone from the previous one', () => {
    const s = streak(start, start + 5 * D);
    expect(s.nextMilestone).toEqual({ days: 7, progress: 0.5 });
    expect(streak(start, start + 12 * H).nextMilestone).toEqual({ days: 1, progress: 0.5 });
    expect(streak(start, start + 400 * D).nextMilestone).toBeNull();
  });

  it('notes a milestone on its day only', () => {
    expect(streak(start, start + 7 * D + 3 * H).reachedMilestone).toBe(7);
    expect(streak(start, start + 8 * D).reachedMilestone).toBeNull();
    expect(streak(start, start + 77 * D).reachedMilestone).toBe(77);
  });

  it('tracks a personal goal', () => {
    expect(streak(start, start + 15 * D, 'UTC', [], 30).goal).toEqual({
      days: 30,
      progress: 0.5,
      reached: false,
    });
    expect(streak(start, start + 31 * D, 'UTC', [], 30).goal).toEqual({
      days: 30,
      progress: 1,
      reached: true,
    });
    expect(streak(start, start + D, 'UTC', [], null).goal).toBeNull();
  });
});

describe('what breaks a streak', () => {
  const start = Date.UTC(2024, 0, 1);
  const now = start + 20 * D;

  it('restarts at logged contact and keeps the past streak in history', () => {
    const s = streak(start, now, 'UTC', [contact(start + 12 * D)]);
    expect(s.current).toEqual({ since: start + 12 * D, days: 8, hours: 0 });
    expect(s.history).toEqual([
      { start: start + 12 * D, end: null, days: 8 },
      { start, end: start + 12 * D, days: 12 },
    ]);
    expect(s.best).toEqual({ days: 12, start, end: start + 12 * D });
  });

  it('restarts at "continued" only when that event counted as contact', () => {
    expect(streak(start, now, 'UTC', [continued(start + 5 * D, false)]).current.days).toBe(20);
    expect(streak(start, now, 'UTC', [continued(start + 5 * D, true)]).current.days).toBe(15);
  });

  it('ignores pauses, turning back and check-ins', () => {
    const events: StoredEvent[] = [
      { id: 'p', type: 'paused', at: start + D },
      { id: 't', type: 'turned-back', at: start + D },
      { id: 'k', type: 'check-in', at: start + 2 * D, answers: {} },
    ];
    expect(streak(start, now, 'UTC', events).current.days).toBe(20);
  });

  it('ignores contact before the start date', () => {
    expect(streak(start, now, 'UTC', [contact(start - D)]).history).toHaveLength(1);
  });

  it('does not list a burst of slips within an hour as separate streaks', () => {
    const slips = [
      continued(start + 10 * D, true),
      continued(start + 10 * D + 60_000, true),
      contact(start + 10 * D + 120_000),
    ];
    const s = streak(start, now, 'UTC', slips);
    expect(s.history.map((h) => h.days)).toEqual([9, 10]);
    expect(s.current.since).toBe(start + 10 * D + 120_000);
  });

  it('prefers the current streak when it ties the best', () => {
    const s = streak(start, start + 20 * D, 'UTC', [contact(start + 10 * D)]);
    expect(s.best).toEqual({ days: 10, start: start + 10 * D, end: null });
  });

  it('treats an event from a clock set ahead as happening now', () => {
    const s = streak(start, now, 'UTC', [contact(now + D)]);
    expect(s.current).toEqual({ since: now, days: 0, hours: 0 });
  });
});

describe('start date changes', () => {
  const jan1 = Date.UTC(2024, 0, 1);

  it('moving the start later restarts the streak; the earlier stretch stays in history', () => {
    const feb1 = Date.UTC(2024, 1, 1);
    const s = streak(feb1, feb1 + 5 * D, 'UTC', [startSet(jan1, jan1), startSet(feb1, feb1)]);
    expect(s.current.days).toBe(5);
    expect(s.history).toEqual([
      { start: feb1, end: null, days: 5 },
      { start: jan1, end: feb1, days: 31 },
    ]);
  });

  it('moving the start earlier corrects it instead of adding a streak', () => {
    const dec1 = Date.UTC(2023, 11, 1);
    const feb1 = Date.UTC(2024, 1, 1);
    const events = [startSet(jan1, jan1), startSet(feb1, feb1), startSet(feb1 + D, dec1)];
    const s = streak(dec1, feb1 + 2 * D, 'UTC', events);
    expect(s.history).toEqual([{ start: dec1, end: null, days: 64 }]);
  });

  it('the stored start date wins when no event recorded it', () => {
    const s = streak(jan1 + 3 * D, jan1 + 10 * D, 'UTC', [startSet(jan1, jan1)]);
    expect(s.current.since).toBe(jan1 + 3 * D);
  });
});

type Wall = [number, number, number, number, number];

describe('local days across DST and zones', () => {
  it.each([
    // zone, start (local), now (local) across the change, expected days
    ['America/New_York', [2024, 3, 9, 0, 0], [2024, 3, 11, 0, 0], 2], // spring forward Mar 10
    ['America/New_York', [2024, 3, 9, 21, 0], [2024, 3, 10, 21, 0], 1],
    ['America/New_York', [2024, 11, 2, 0, 0], [2024, 11, 4, 0, 0], 2], // fall back Nov 3
    ['America/New_York', [2024, 11, 2, 21, 0], [2024, 11, 3, 21, 0], 1],
    ['Europe/Berlin', [2024, 3, 30, 0, 0], [2024, 4, 1, 0, 0], 2], // Mar 31
    ['Europe/Berlin', [2024, 10, 26, 12, 0], [2024, 10, 27, 12, 0], 1], // Oct 27
    ['Pacific/Auckland', [2024, 4, 6, 0, 0], [2024, 4, 8, 0, 0], 2], // back Apr 7
    ['Pacific/Auckland', [2024, 9, 28, 12, 0], [2024, 9, 30, 12, 0], 2], // forward Sep 29
    ['Asia/Kolkata', [2024, 1, 1, 0, 0], [2024, 7, 1, 0, 0], 182], // +05:30, no DST
  ] as [string, Wall, Wall, number][])('%s: %j to %j is %i days', (zone, from, to, days) => {
    const s = streak(at(zone, ...from), at(zone, ...to), zone);
    expect(s.current.days).toBe(days);
  });

  it.each(['America/New_York', 'Europe/Berlin', 'Pacific/Auckland', 'Asia/Kolkata'])(
    '%s: a midnight start ticks exactly once at every local midnight for a year',
    (zone) => {
      const start = at(zone, 2024, 1, 1);
      const firstDay = Math.floor(Date.UTC(2024, 0, 1) / D);
      for (let i = 1; i <= 366; i++) {
        const midnight = startOfLocalDay(firstDay + i, zone);
        expect(streak(start, midnight - 1, zone).current.days).toBe(i - 1);
        expect(streak(start, midnight, zone).current.days).toBe(i);
      }
    },
  );

  it('shows real hours on the 23-hour day (New York, March 10)', () => {
    const zone = 'America/New_York';
    const s = streak(at(zone, 2024, 3, 10, 0), at(zone, 2024, 3, 10, 12), zone);
    expect(s.current).toMatchObject({ days: 0, hours: 11 });
  });

  it('a traveller sees the count of the zone they are in, never negative or skipping', () => {
    const start = at('Europe/Berlin', 2024, 6, 1, 0); // midnight in Berlin
    const now = at('Europe/Berlin', 2024, 6, 11, 3); // 03:00 Berlin = 21:00 the day before in New York
    const berlin = streak(start, now, 'Europe/Berlin').current.days;
    const newYork = streak(start, now, 'America/New_York').current.days;
    const kolkata = streak(start, now, 'Asia/Kolkata').current.days;
    expect(berlin).toBe(10);
    expect(newYork).toBe(10); // start was 18:00 in New York; 21:00 on the 10th is day 10
    expect(kolkata).toBe(10);
    // Hopping zones every hour for two weeks: the count only ever grows by at most one a step.
    let previous = 0;
    const zones = ['Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'];
    for (let t = start, i = 0; t < start + 14 * D; t += H, i++) {
      const days = streak(start, t, zones[i % zones.length] as string).current.days;
      expect(days).toBeGreaterThanOrEqual(Math.max(0, previous - 1));
      expect(days).toBeLessThanOrEqual(previous + 1);
      previous = days;
    }
  });
});

describe('elapsed', () => {
  it('is zero for a reversed range', () => {
    expect(elapsed(10, 5, 'UTC')).toEqual({ days: 0, hours: 0, fraction: 0 });
  });
});
