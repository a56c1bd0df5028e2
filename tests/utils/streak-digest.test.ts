import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeStreak, type StreakEvent } from '../../utils/streak';
import { digestStreak, streakFromDigest } from '../../utils/streak-digest';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 9, 20, 9); // late October: the end of summer time in Europe and the US
const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Pacific/Auckland',
  'Asia/Kolkata',
  'America/Santiago',
];

const eventArb: fc.Arbitrary<StreakEvent> = fc
  .tuple(
    fc.constantFrom('contact-logged', 'continued', 'start-date-set'),
    fc.integer({ min: 0, max: 120 }),
    fc.integer({ min: 0, max: DAY - 1 }),
    fc.integer({ min: -10, max: 3 }),
  )
  .map(([type, day, ms, shift]): StreakEvent => {
    const at = T0 + day * DAY + ms;
    if (type === 'start-date-set') return { type, at, startDate: at + shift * DAY };
    if (type === 'continued') return { type, at, countsAsContact: true };
    return { type: 'contact-logged', at };
  });

/** Streak events as the data layer keeps them: oldest first, with at least one start date. */
const eventsArb = fc
  .tuple(eventArb, fc.array(eventArb, { maxLength: 40 }))
  .map(([first, rest]) => [{ ...first, type: 'start-date-set' as const, startDate: first.at }, ...rest])
  .map((events) => [...events].sort((a, b) => a.at - b.at));

describe('digestStreak / streakFromDigest', () => {
  it('give exactly what computeStreak gives, at any later moment, in any zone', () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 400 * DAY }),
        fc.option(fc.integer({ min: 1, max: 200 })),
        (events, timeZone, later, goalDays) => {
          const digest = digestStreak(events, timeZone);
          if (digest === null) return;
          const input = { startDate: digest.startDate, now: digest.asOf + later, timeZone, goalDays };
          const { history: _, ...expected } = computeStreak({ ...input, events });
          expect(streakFromDigest(digest, input)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('does not apply in another zone, with another start date, or before it was taken', () => {
    const events: StreakEvent[] = [
      { type: 'start-date-set', at: T0, startDate: T0 },
      { type: 'contact-logged', at: T0 + 5 * DAY },
    ];
    const digest = digestStreak(events, 'Asia/Tokyo');
    expect(digest).not.toBeNull();
    if (!digest) return;
    const at = { startDate: T0, now: T0 + 9 * DAY, timeZone: 'Asia/Tokyo', goalDays: null };
    expect(streakFromDigest(digest, at)?.current.days).toBe(4);
    expect(streakFromDigest(digest, at)?.best.days).toBe(5);
    expect(streakFromDigest(digest, { ...at, timeZone: 'Asia/Kolkata' })).toBeNull();
    expect(streakFromDigest(digest, { ...at, startDate: T0 - DAY })).toBeNull();
    expect(streakFromDigest(digest, { ...at, startDate: null })).toBeNull();
    expect(streakFromDigest(digest, { ...at, now: T0 + 5 * DAY - 1 })).toBeNull();
  });

  it('is null until a start date is set, and while it lies ahead', () => {
    expect(digestStreak([{ type: 'contact-logged', at: T0 }], 'UTC')).toBeNull();
    expect(digestStreak([], 'UTC')).toBeNull();
    const ahead = digestStreak([{ type: 'start-date-set', at: T0, startDate: T0 + 3 * DAY }], 'UTC');
    // The start date is the latest moment it covers, so the streak has (just) begun there.
    expect(ahead?.asOf).toBe(T0 + 3 * DAY);
    expect(ahead?.since).toBe(T0 + 3 * DAY);
  });
});
