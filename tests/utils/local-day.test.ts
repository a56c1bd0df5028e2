import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAY_MS, dayKey, localDay, localTime, startOfLocalDay } from '../../utils/local-day';

const dayOf = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);

describe('localTime', () => {
  it.each([
    ['UTC', Date.UTC(2024, 0, 1, 0, 0), '2024-01-01', 0],
    ['Asia/Kolkata', Date.UTC(2024, 0, 1, 18, 29), '2024-01-01', (23 * 60 + 59) * 60_000],
    ['Asia/Kolkata', Date.UTC(2024, 0, 1, 18, 30), '2024-01-02', 0],
    ['America/New_York', Date.UTC(2024, 2, 10, 7, 0), '2024-03-10', 3 * 3_600_000], // 03:00 EDT, just after the jump
    ['Pacific/Auckland', Date.UTC(2024, 3, 6, 13, 0), '2024-04-07', 2 * 3_600_000], // first 02:00 NZDT
  ])('%s at %i is %s + %i ms', (zone, at, key, ms) => {
    const t = localTime(at, zone);
    expect(dayKey(t.day)).toBe(key);
    expect(t.msOfDay).toBe(ms);
  });

  it('keeps milliseconds, also before 1970', () => {
    expect(localTime(Date.UTC(2024, 0, 1, 0, 0, 0, 250), 'UTC').msOfDay).toBe(250);
    expect(localTime(-1, 'UTC')).toEqual({ day: -1, msOfDay: DAY_MS - 1 });
  });

  it('falls back to UTC for an unknown zone name instead of throwing', () => {
    expect(localDay(Date.UTC(2024, 0, 1, 23), 'Not/AZone')).toBe(dayOf(2024, 1, 1));
  });
});

describe('startOfLocalDay', () => {
  it.each([
    ['UTC', dayOf(2024, 6, 1), Date.UTC(2024, 5, 1)],
    ['Europe/Berlin', dayOf(2024, 6, 1), Date.UTC(2024, 4, 31, 22)],
    ['Asia/Kolkata', dayOf(2024, 6, 1), Date.UTC(2024, 4, 31, 18, 30)],
    ['America/New_York', dayOf(2024, 3, 10), Date.UTC(2024, 2, 10, 5)], // 23-hour day starts at EST midnight
    ['America/New_York', dayOf(2024, 3, 11), Date.UTC(2024, 2, 11, 4)], // next day at EDT midnight
    ['America/New_York', dayOf(2024, 11, 3), Date.UTC(2024, 10, 3, 4)], // 25-hour day
    ['America/New_York', dayOf(2024, 11, 4), Date.UTC(2024, 10, 4, 5)],
    ['Pacific/Auckland', dayOf(2024, 9, 29), Date.UTC(2024, 8, 28, 12)],
    // Havana moves its clocks at midnight: 2024-03-10 has no 00:00 and begins at 01:00 CDT.
    ['America/Havana', dayOf(2024, 3, 10), Date.UTC(2024, 2, 10, 5)],
    // …and on 2024-11-03 midnight happens twice; the day starts at the first one.
    ['America/Havana', dayOf(2024, 11, 3), Date.UTC(2024, 10, 3, 4)],
  ])('%s day %i starts at %i', (zone, day, expected) => {
    expect(startOfLocalDay(day, zone)).toBe(expected);
  });

  it.each([
    'America/New_York',
    'Europe/Berlin',
    'Pacific/Auckland',
    'Asia/Kolkata',
    'America/Havana',
    'Australia/Lord_Howe',
  ])('%s: every day of 2024 starts where the previous one ends', (zone) => {
    for (let day = dayOf(2024, 1, 1); day <= dayOf(2024, 12, 31); day++) {
      const start = startOfLocalDay(day, zone);
      expect(localDay(start, zone)).toBe(day);
      expect(localDay(start - 1, zone)).toBe(day - 1);
    }
  });
});

// Worker threads cannot change their own zone, so each zone runs in a child process.
function mismatchesIn(zone: string): string {
  const script = `
    import { localTime, localTimeByIntl } from ${JSON.stringify(path.resolve('utils/local-day.ts'))};
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const start = Date.UTC(2025, 0, 1);
    let bad = 0, checked = 0;
    for (let at = start; at < start + 366 * 86_400_000; at += 15 * 60_000 + 7, checked++) {
      const a = localTime(at, zone), b = localTimeByIntl(at, zone);
      if (a.day !== b.day || a.msOfDay !== b.msOfDay) bad++;
    }
    if (new Date(start).getTimezoneOffset() === 0) bad = -1; // the zone did not take
    console.log(checked + ' ' + bad);`;
  const file = path.join(os.tmpdir(), `local-day-zone-${process.pid}.ts`);
  fs.writeFileSync(file, script);
  const jiti = path.resolve('node_modules/jiti/lib/jiti-cli.mjs');
  return execFileSync(process.execPath, [jiti, file], { env: { ...process.env, TZ: zone } })
    .toString()
    .trim();
}

describe('localTime in the runtime zone (read from Date, not Intl)', () => {
  it.each(['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kathmandu'])(
    'gives the same wall time as Intl in %s, every 15 minutes across a year of transitions',
    (zone) => {
      expect(mismatchesIn(zone)).toBe('35136 0');
    },
    20_000,
  );
});
