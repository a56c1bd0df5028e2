/**
 * Shared test bodies for the platform files: the platform's rows of the URL table against
 * the matcher, and pasted links against the parser. Each platform test file supplies its
 * own parsing cases.
 */
import { describe, expect, it } from 'vitest';
import { buildMatchIndex, matchUrl } from '../../../utils/match';
import type { PlatformId } from '../../../utils/model';
import { parseProfileLink } from '../../../utils/profile-link';
import { casesFor, TABLE_LIST } from '../url-table';

/** The table's rows for `group`: each must-match URL pauses its profile, each near-miss pauses nothing. */
export function describeUrlTable(group: string, minMatches: number, minMisses: number): void {
  const index = buildMatchIndex(TABLE_LIST);
  const cases = casesFor(group);
  const matches = cases.filter((c) => c.expect).map((c) => [c.url, c.expect] as const);
  const misses = cases.filter((c) => !c.expect).map((c) => c.url);

  describe(`${group} URL table`, () => {
    it(`has at least ${minMatches} must-match URLs and ${minMisses} near-misses`, () => {
      expect(matches.length).toBeGreaterThanOrEqual(minMatches);
      expect(misses.length).toBeGreaterThanOrEqual(minMisses);
    });

    it.each(matches)('pauses %s', (url, id) => {
      const match = matchUrl(url, index);
      expect(id === 'search' ? match?.kind : match?.profileId).toBe(id);
    });

    it.each(misses)('leaves %s alone', (url) => {
      expect(matchUrl(url, index)).toBeNull();
    });
  });
}

/** Pasted links that name a profile (with its key) and links that do not (with the error code). */
export function describeParsing(
  platform: PlatformId,
  profiles: [text: string, key: string][],
  errors: [text: string, code: string][],
): void {
  describe(`${platform} links`, () => {
    it.each(profiles)('reads %s as %s', (text, key) => {
      const result = parseProfileLink(text);
      expect(result).toMatchObject({ ok: true, profile: { platform, key } });
      if (!result.ok) return;
      // The canonical URL reads back as the same profile.
      expect(parseProfileLink(result.profile.url)).toMatchObject({ ok: true, profile: { platform, key } });
    });

    it.each(errors)('explains %s (%s)', (text, code) => {
      const result = parseProfileLink(text);
      expect(result).toMatchObject({ ok: false, error: { code } });
      if (!result.ok) expect(result.error.messageKey).toMatch(/^link_[A-Za-z]+$/);
    });
  });
}
