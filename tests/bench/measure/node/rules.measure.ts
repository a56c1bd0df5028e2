/**
 * Row 2: the network rules compiled for 10,000 listed profiles, against Chrome's limits
 * (5,000 dynamic rules, 1,000 regex rules). Whether Chrome's RE2 accepts every regex is
 * checked in the browser by tests/e2e/specs/rules-limits.spec.ts (isRegexSupported).
 */
import { it } from 'vitest';
import type { PeopleList } from '@/utils/model';
import { re2Size } from '@/utils/re2-size';
import { compileRules, type RedirectRule } from '@/utils/rules';
import { makeList } from '../../lib/profiles';
import { failedRow, type Row, recordRows, runCount } from '../../lib/record';
import { summarize } from '../../lib/stats';

/** How many profiles' canonical URLs at least one rule redirects (RE2 sources read as JS regexes). */
function coveredProfiles(list: PeopleList, rules: RedirectRule[]): number {
  const compiled = rules.map((r) => ({
    regex: new RegExp(r.condition.regexFilter, r.condition.isUrlFilterCaseSensitive === false ? 'i' : ''),
    domains: r.condition.requestDomains,
  }));
  const applies = (domains: string[] | undefined, host: string) =>
    !domains || domains.some((d) => host === d || host.endsWith(`.${d}`));
  let covered = 0;
  for (const profile of list.people.flatMap((p) => p.profiles)) {
    const host = new URL(profile.url).hostname;
    if (compiled.some((rule) => applies(rule.domains, host) && rule.regex.test(profile.url))) covered += 1;
  }
  return covered;
}

const PAGE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/pause.html';

it('measures compiled network rules', () => {
  try {
    const list = makeList(10_000);
    const names = list.people.reduce((n, p) => n + p.names.length, 0);
    const times: number[] = [];
    let rules = compileRules(list, PAGE);
    for (let i = 0; i < runCount(); i++) {
      const start = performance.now();
      rules = compileRules(list, PAGE);
      times.push(performance.now() - start);
    }
    const regexes = rules.map((r) => r.condition.regexFilter).filter(Boolean);
    const covered = coveredProfiles(list, rules);
    const total = list.people.reduce((n, p) => n + p.profiles.length, 0);
    const longest = Math.max(...regexes.map((r) => r.length));
    const largest = Math.max(...regexes.map(re2Size));
    const where = 'node' as const;
    const rows: Row[] = [
      {
        row: 2,
        title: 'Network rules for 10,000 profiles',
        where,
        unit: 'rules',
        summary: null,
        value: rules.length,
        goal: '≤ 5,000',
        met: rules.length <= 5_000,
        note: `${list.people.length} people, ${names} names`,
      },
      {
        row: 2,
        title: 'Regex rules for 10,000 profiles',
        where,
        unit: 'rules',
        summary: null,
        value: regexes.length,
        goal: '≤ 1,000',
        met: regexes.length <= 1_000,
      },
      {
        row: 2,
        title: 'Longest rule regex',
        where,
        unit: 'chars',
        summary: null,
        value: longest,
        note: `largest estimated RE2 program: ${largest} instructions`,
      },
      {
        row: 2,
        title: 'Profiles whose canonical URL a network rule pauses',
        where,
        unit: 'profiles',
        summary: null,
        value: covered,
        note: `of ${total} listed; the compiler stops at ${rules.length} regex rules`,
      },
      {
        row: 2,
        title: 'Compiling the rules for 10,000 profiles',
        where,
        unit: 'ms',
        summary: summarize(times),
        value: null,
      },
    ];
    recordRows('2-rules', rows);
  } catch (error) {
    recordRows('2-rules', [failedRow(2, 'Network rules for 10,000 profiles', 'node', error)]);
  }
});
