import { describe, expect, it, vi } from 'vitest';
import { addEvent, listEvents } from '../../utils/db';
import { userTimeZone } from '../../utils/local-day';
import { computeStreak } from '../../utils/streak';
import { readStreak } from '../../utils/streak-read';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 1, 8);

async function history(): Promise<void> {
  await addEvent({ type: 'start-date-set', at: T0, startDate: T0 });
  for (const d of [3, 10, 11, 30])
    await addEvent({ type: 'contact-logged', at: T0 + d * DAY, kind: 'we-talked' });
  await addEvent({ type: 'continued', at: T0 + 40 * DAY, countsAsContact: true });
  await addEvent({ type: 'continued', at: T0 + 41 * DAY, countsAsContact: false });
}

async function expected(startDate: number, now: number, timeZone: string) {
  const { history: _, ...streak } = computeStreak({
    startDate,
    events: await listEvents(),
    now,
    timeZone,
    goalDays: 30,
  });
  return streak;
}

describe('readStreak', () => {
  it('answers from the digest, reading no streak event, exactly as computing it would', async () => {
    await history();
    const zone = userTimeZone();
    const now = T0 + 70 * DAY;
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const streak = await readStreak({ startDate: T0, goalDays: 30 }, now, zone);
    expect(getAll).not.toHaveBeenCalled();
    expect(streak).toEqual(await expected(T0, now, zone));
    expect(streak.current.since).toBe(T0 + 40 * DAY);
    expect(streak.best.days).toBe(30);
  });

  it('computes from the streak events when the stored start date is not the digest one', async () => {
    await history();
    const zone = userTimeZone();
    const now = T0 + 70 * DAY;
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const other = T0 + 2 * DAY;
    expect(await readStreak({ startDate: other, goalDays: 30 }, now, zone)).toEqual(
      await expected(other, now, zone),
    );
    expect(getAll).toHaveBeenCalled();
  });

  it('computes in another zone, and before the digest moment', async () => {
    await history();
    const away = userTimeZone() === 'Asia/Kolkata' ? 'Europe/Berlin' : 'Asia/Kolkata';
    expect(await readStreak({ startDate: T0, goalDays: 30 }, T0 + 70 * DAY, away)).toEqual(
      await expected(T0, T0 + 70 * DAY, away),
    );
    const before = T0 + 35 * DAY;
    expect(await readStreak({ startDate: T0, goalDays: 30 }, before, userTimeZone())).toEqual(
      await expected(T0, before, userTimeZone()),
    );
  });
});
