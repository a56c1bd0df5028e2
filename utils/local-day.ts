/**
 * Local calendar days in an IANA time zone, from Intl alone. Days are numbered like civil
 * dates (days since 1970-01-01 on the wall calendar), so arithmetic on them never meets
 * DST: a 23- or 25-hour day is still exactly one day.
 */

/** Milliseconds in a (wall-clock) day and hour. */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** A wall-clock reading: the local civil day number and the time since local midnight. */
export interface LocalTime {
  day: number;
  msOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Creating a DateTimeFormat costs far more than using one; keep one per zone.
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = {
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    };
    try {
      f = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    } catch {
      // An unknown zone name (an old browser, a hand-edited value) falls back to UTC
      // rather than breaking the streak display.
      f = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** The user's IANA time zone; day boundaries follow it. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let runtimeZone: string | undefined;

/**
 * The wall-clock day and time of the instant `at` in `timeZone`. In the runtime's own zone
 * (the usual case: the user's) Date already knows the offset, some 20 times faster than
 * formatting, which matters when a streak history spans hundreds of breaks.
 */
export function localTime(at: number, timeZone: string): LocalTime {
  runtimeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (timeZone === runtimeZone) {
    const offsetMinutes = new Date(at).getTimezoneOffset();
    // Whole minutes only; historic offsets with seconds take the exact path below.
    if (Number.isInteger(offsetMinutes)) return fromWall(at - offsetMinutes * 60_000);
  }
  return localTimeByIntl(at, timeZone);
}

function fromWall(wall: number): LocalTime {
  const day = Math.floor(wall / DAY_MS);
  return { day, msOfDay: wall - day * DAY_MS };
}

/** localTime through Intl alone, for any zone (exported so tests can compare both paths). */
export function localTimeByIntl(at: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const hour = parts.hour === 24 ? 0 : (parts.hour ?? 0);
  const ms = ((at % 1000) + 1000) % 1000;
  const wall =
    Date.UTC(
      parts.year ?? 1970,
      (parts.month ?? 1) - 1,
      parts.day ?? 1,
      hour,
      parts.minute ?? 0,
      parts.second ?? 0,
    ) + ms;
  return fromWall(wall);
}

/** The local civil day number of the instant `at`. */
export function localDay(at: number, timeZone: string): number {
  return localTime(at, timeZone).day;
}

/** `YYYY-MM-DD` for a civil day number. */
export function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The offset of wall time from UTC at the instant `at`, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const { day, msOfDay } = localTime(at, timeZone);
  return day * DAY_MS + msOfDay - at;
}

/**
 * The first instant of local civil day `day`. Midnight may be skipped (zones that change
 * clocks at 00:00) or occur twice; either way this is the earliest instant of that day.
 */
export function startOfLocalDay(day: number, timeZone: string): number {
  const wallMidnight = day * DAY_MS;
  const first = wallMidnight - offsetAt(wallMidnight, timeZone);
  const candidates = [first, wallMidnight - offsetAt(first, timeZone)];
  // Offsets on either side of a transition within a day of midnight.
  candidates.push(wallMidnight - offsetAt(first - DAY_MS / 2, timeZone));
  candidates.push(wallMidnight - offsetAt(first + DAY_MS / 2, timeZone));
  const inDay = candidates.filter((c) => localDay(c, timeZone) === day);
  if (inDay.length > 0) return Math.min(...inDay);
  // Midnight does not exist: the day starts where the skipped hour ends.
  const after = candidates.filter((c) => localDay(c, timeZone) > day);
  return Math.min(...after);
}
