/**
 * The options page's words for dates, times and counts, in the browser's UI language.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';

function language(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** "Sat, 10 Jan, 21:30": when a scheduled change applies. */
export function dateTimeText(ms: number): string {
  return new Intl.DateTimeFormat(language(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(ms);
}

/** "10 January 2026": a day in the journal or history. */
export function dateText(ms: number): string {
  return new Intl.DateTimeFormat(language(), { dateStyle: 'long' }).format(ms);
}

/** "1 day" / "23 days", by the UI language's plural rules. */
export function daysText(days: number): string {
  const one = new Intl.PluralRules(language()).select(days) === 'one';
  return t(one ? 'options_day_one' : 'options_day_other', String(days));
}

/** "1 pause" / "4 pauses". */
export function pausesText(count: number): string {
  const one = new Intl.PluralRules(language()).select(count) === 'one';
  return t(one ? 'options_pause_one' : 'options_pause_other', String(count));
}

/** A local calendar date as the yyyy-mm-dd an <input type="date"> uses. */
export function toDateInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight of a yyyy-mm-dd date input, or null when the text is not a date. */
export function fromDateInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) || d.getDate() !== Number(m[3]) ? null : d.getTime();
}
