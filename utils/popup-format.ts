/**
 * The popup's words for numbers and dates: streak lengths, counts and short day labels,
 * with plural forms chosen by the UI language's own rules (browser i18n has no plurals).
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';

/** The UI language browsers report, for Intl formatters. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** Picks the `one` or `other` form for n, following the UI language's plural rules. */
export function plural(n: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(uiLanguage()).select(n) === 'one' ? forms.one : forms.other;
}

/** "1 day" / "23 days". */
export function daysText(days: number): string {
  const n = String(days);
  return plural(days, { one: t('popup_day_one', n), other: t('popup_day_other', n) });
}

/** "1 hour" / "5 hours". */
export function hoursText(hours: number): string {
  const n = String(hours);
  return plural(hours, { one: t('popup_hour_one', n), other: t('popup_hour_other', n) });
}

/**
 * The streak as people say it: whole days, with hours during the first two days when each
 * hour still feels like progress ("1 day, 5 hours"; "5 hours"; "23 days").
 */
export function streakText(days: number, hours: number): string {
  if (days >= 2) return daysText(days);
  if (days === 0) return hours === 0 ? t('popup_streakUnderAnHour') : hoursText(hours);
  return t('popup_streakDaysHours', [daysText(days), hoursText(hours)]);
}

/** "You turned back 4 times this week", kind at zero. */
export function turnedBackText(count: number): string {
  if (count === 0) return t('popup_turnedBackNone');
  const n = String(count);
  return plural(count, { one: t('popup_turnedBack_one', n), other: t('popup_turnedBack_other', n) });
}

/** Parses a `YYYY-MM-DD` local day key into a Date at local noon (safe across DST). */
export function dayKeyToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

/** A short date for lists and chart labels, e.g. "Mar 4" / "4. März". */
export function shortDate(date: Date | number, timeZone?: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { month: 'short', day: 'numeric', timeZone }).format(date);
}

/** A weekday initial-ish label for chart axes, e.g. "Mo". */
export function weekdayShort(date: Date): string {
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'narrow' }).format(date);
}
