/**
 * The network rules compiled for a very long list stay within what Chrome accepts: every
 * regex passes `declarativeNetRequest.isRegexSupported` (RE2's program-size limit, which
 * only the browser can judge), and the background installs all of them. Chromium only:
 * the limits tested are Chrome's.
 */
import { describe, expect, it } from 'vitest';
import { compileRules } from '@/utils/rules';
import { makeList } from '../../bench/lib/profiles';
import { BROWSER, seedStorage, useExtBrowser, waitFor } from '../harness';

const e2e = useExtBrowser();
// The benchmark's realistic list: 10,000 profiles on every platform, a quarter of people with names.
const LIST = makeList(10_000);

describe.skipIf(BROWSER !== 'chromium')('network rules for 10,000 profiles (Chromium)', () => {
  it('every compiled regex is one Chrome supports', async () => {
    const rules = compileRules(LIST, e2e.browser.extensionUrl('pause.html'));
    expect(rules.length).toBeGreaterThan(100);
    const regexes = rules.map((rule) => rule.condition.regexFilter);
    const verdicts = await e2e.browser.evalInExtension(
      (api, all: string[]) =>
        Promise.all(
          all.map((regex) => api.declarativeNetRequest.isRegexSupported({ regex, isCaseSensitive: false })),
        ),
      regexes,
    );
    const refused = verdicts
      .map((verdict, i) => ({ regex: regexes[i], ...verdict }))
      .filter((verdict) => !verdict.isSupported);
    expect(refused).toEqual([]);
  });

  it('the background installs every rule of a 10,000-profile list', async () => {
    const { browser } = e2e;
    const expected = compileRules(LIST, browser.extensionUrl('pause.html')).length;
    await seedStorage(browser, { list: LIST, list$: { v: 2 } });
    const installed = await waitFor(
      async () => {
        const count = await browser.evalInExtension(
          async (api) => (await api.declarativeNetRequest.getDynamicRules()).length,
        );
        return count === expected ? count : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250, message: `${expected} dynamic rules` },
    );
    expect(installed).toBe(expected);
    expect(await browser.extensionErrors()).toEqual([]);
  });
});
