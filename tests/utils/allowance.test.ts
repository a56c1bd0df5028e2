import { describe, expect, it } from 'vitest';
import {
  ALLOWANCE_RULE_BASE,
  type Allowance,
  allowanceUrl,
  allowRule,
  escapeRegex,
  grant,
  hasAllowanceFor,
  isAllowed,
  parseAllowances,
  partitionExpired,
} from '../../utils/allowance';

const URL_A = 'https://www.instagram.com/alex';
const MIN = 60_000;

describe('allowanceUrl', () => {
  it.each([
    ['https://www.instagram.com/alex', 'https://www.instagram.com/alex'],
    ['https://www.instagram.com/alex/', 'https://www.instagram.com/alex'],
    ['https://www.instagram.com/alex#top', 'https://www.instagram.com/alex'],
    ['https://www.instagram.com/alex/?hl=de', 'https://www.instagram.com/alex?hl=de'],
    ['https://x.com/', 'https://x.com'],
  ])('%s compares as %s', (url, expected) => {
    expect(allowanceUrl(url)).toBe(expected);
  });

  it('keeps different paths and queries apart', () => {
    expect(allowanceUrl('https://www.instagram.com/alexandra')).not.toBe(allowanceUrl(URL_A));
    expect(allowanceUrl(`${URL_A}?a=1`)).not.toBe(allowanceUrl(`${URL_A}?a=2`));
  });
});

describe('grant and expiry', () => {
  it('lets exactly that tab see exactly that URL until the time is up', () => {
    const { allowances } = grant([], 7, URL_A, 1000, 5);
    expect(isAllowed(allowances, 7, URL_A, 1000)).toBe(true);
    expect(isAllowed(allowances, 7, `${URL_A}/`, 1000 + 5 * MIN - 1)).toBe(true);
    expect(isAllowed(allowances, 7, URL_A, 1000 + 5 * MIN)).toBe(false);
    expect(isAllowed(allowances, 8, URL_A, 1000)).toBe(false);
    expect(isAllowed(allowances, 7, 'https://www.instagram.com/alex/p/abc', 1000)).toBe(false);
  });

  it('honours fractional minutes', () => {
    const { granted } = grant([], 1, URL_A, 0, 0.1);
    expect(granted.until).toBe(6000);
  });

  it('treats negative minutes as none', () => {
    const { allowances } = grant([], 1, URL_A, 0, -3);
    expect(isAllowed(allowances, 1, URL_A, 0)).toBe(false);
  });

  it('replaces an earlier allowance for the same tab and URL, reusing nothing else', () => {
    const first = grant([], 1, URL_A, 0, 5);
    const other = grant(first.allowances, 2, URL_A, 0, 5);
    const again = grant(other.allowances, 1, `${URL_A}/`, 60_000, 5);
    expect(again.replaced).toEqual([first.granted]);
    expect(again.allowances).toHaveLength(2);
    expect(new Set(again.allowances.map((a) => a.ruleId)).size).toBe(2);
    expect(again.allowances.every((a) => a.ruleId >= ALLOWANCE_RULE_BASE)).toBe(true);
  });

  it('the content script sees an allowance for the URL in any tab, but only until it ends', () => {
    const { allowances } = grant([], 3, URL_A, 0, 1);
    expect(hasAllowanceFor(allowances, URL_A, 0)).toBe(true);
    expect(hasAllowanceFor(allowances, URL_A, MIN)).toBe(false);
    expect(hasAllowanceFor(allowances, 'https://www.instagram.com/sam', 0)).toBe(false);
  });

  it('partitions running and ended allowances', () => {
    const a = grant([], 1, URL_A, 0, 1).allowances;
    const b = grant(a, 2, URL_A, 0, 10).allowances;
    const { kept, expired } = partitionExpired(b, 5 * MIN);
    expect(kept.map((x) => x.tabId)).toEqual([2]);
    expect(expired.map((x) => x.tabId)).toEqual([1]);
  });
});

describe('parseAllowances', () => {
  it('keeps only well-formed records', () => {
    const good: Allowance = { tabId: 1, url: URL_A, until: 5, ruleId: ALLOWANCE_RULE_BASE };
    expect(parseAllowances([good, null, { tabId: '1', url: URL_A, until: 5, ruleId: 1 }, 'x'])).toEqual([
      good,
    ]);
    expect(parseAllowances('nonsense')).toEqual([]);
    expect(parseAllowances(undefined)).toEqual([]);
  });
});

describe('allowRule', () => {
  const allowance = (url: string): Allowance => ({ tabId: 4, url, until: 1, ruleId: ALLOWANCE_RULE_BASE });

  it('allows the main frame of that tab, above the redirect rules', () => {
    const rule = allowRule(allowance(URL_A));
    expect(rule).toMatchObject({
      id: ALLOWANCE_RULE_BASE,
      action: { type: 'allow' },
      condition: { tabIds: [4], resourceTypes: ['main_frame'] },
    });
    expect(rule.priority).toBeGreaterThan(1);
  });

  it.each([
    [
      URL_A,
      [URL_A, `${URL_A}/`],
      [`${URL_A}x`, `${URL_A}/p/1`, 'https://wwwXinstagram.com/alex', `${URL_A}?a=1`],
    ],
    [
      'https://www.google.com/search?q=alex+smith',
      ['https://www.google.com/search?q=alex+smith'],
      ['https://www.google.com/search?q=alex+smithson', 'https://www.google.com/search?q=alexxsmith'],
    ],
  ])('the regex for %s matches exactly that URL', (url, matches, nonMatches) => {
    const regex = new RegExp(allowRule(allowance(url)).condition.regexFilter as string);
    for (const m of matches) expect(regex.test(m), m).toBe(true);
    for (const n of nonMatches) expect(regex.test(n), n).toBe(false);
  });

  it('falls back to an anchored urlFilter for a very long URL', () => {
    const long = `${URL_A}?q=${'a'.repeat(2000)}`;
    const rule = allowRule(allowance(long));
    expect(rule.condition.regexFilter).toBeUndefined();
    expect(rule.condition.urlFilter).toBe(`|${long}|`);
  });

  it('escapes every regex metacharacter', () => {
    const text = 'a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o';
    expect(new RegExp(`^${escapeRegex(text)}$`).test(text)).toBe(true);
    expect(new RegExp(`^${escapeRegex('a.b')}$`).test('axb')).toBe(false);
  });
});
