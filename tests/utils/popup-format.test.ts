import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKeyToDate, daysText, hoursText, plural, streakText, turnedBackText } from '@/utils/popup-format';
import { installI18n } from '../support/i18n';

describe('streakText', () => {
  it.each([
    [0, 0, 'Under an hour'],
    [0, 1, '1 hour'],
    [0, 5, '5 hours'],
    [1, 0, '1 day, 0 hours'],
    [1, 1, '1 day, 1 hour'],
    [1, 5, '1 day, 5 hours'],
    [1, 23, '1 day, 23 hours'],
    [2, 3, '2 days'],
    [23, 7, '23 days'],
    [365, 0, '365 days'],
  ])('%i days and %i hours read "%s"', (days, hours, text) => {
    expect(streakText(days, hours)).toBe(text);
  });

  it('speaks German when the browser does', () => {
    installI18n(fakeBrowser, 'de');
    expect(streakText(1, 5)).toBe('1 Tag, 5 Stunden');
    expect(streakText(23, 0)).toBe('23 Tage');
    expect(streakText(0, 1)).toBe('1 Stunde');
  });
});

describe('plural forms', () => {
  it.each([
    [1, '1 day'],
    [2, '2 days'],
    [0, '0 days'],
  ])('daysText(%i) is "%s"', (n, text) => {
    expect(daysText(n)).toBe(text);
  });

  it('hoursText picks one and other', () => {
    expect(hoursText(1)).toBe('1 hour');
    expect(hoursText(2)).toBe('2 hours');
  });

  it('follows the UI language rules rather than n === 1', () => {
    // French treats 0 as singular; the helper must ask Intl, not compare with 1.
    fakeBrowser.i18n.getUILanguage = () => 'fr';
    expect(plural(0, { one: 'one', other: 'other' })).toBe('one');
  });
});

describe('turnedBackText', () => {
  it.each([
    [0, "You haven't needed to turn back this week"],
    [1, 'You turned back once this week'],
    [4, 'You turned back 4 times this week'],
  ])('%i reads "%s"', (n, text) => {
    expect(turnedBackText(n)).toBe(text);
  });
});

describe('dayKeyToDate', () => {
  it('reads a local day key as that calendar day', () => {
    const date = dayKeyToDate('2026-03-29');
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 2, 29]);
  });
});
