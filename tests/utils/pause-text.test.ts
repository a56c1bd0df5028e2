import { describe, expect, it } from 'vitest';
import type { Match } from '../../utils/match';
import { type PeopleList, PLATFORM_IDS } from '../../utils/model';
import { continueNote, pauseHeading, personLabel, platformLabel, streakLine } from '../../utils/pause-text';
import { platformName } from '../../utils/profile-link';
import type { StreakSummary } from '../../utils/streak';

const LIST: PeopleList = {
  people: [
    {
      id: 'p1',
      label: 'Alex',
      note: '',
      names: [],
      addedAt: 0,
      profiles: [],
    },
    {
      id: 'p2',
      label: '  ',
      note: '',
      names: [],
      addedAt: 0,
      profiles: [
        {
          id: 'x2',
          platform: 'x',
          key: 'jo',
          handle: '@jo',
          url: 'https://x.com/jo',
          aliases: [],
          paused: false,
          addedAt: 0,
        },
      ],
    },
  ],
};

const streak = (days: number, hours = 0, started = true) =>
  ({ started, current: { days, hours, since: 0 } }) as unknown as StreakSummary;

describe('pause wording', () => {
  it.each<[Match, string]>([
    [
      { personId: 'p1', platform: 'instagram', kind: 'profile' },
      'You asked for space from Alex on Instagram',
    ],
    [
      { personId: 'p2', profileId: 'x2', platform: 'x', kind: 'profile' },
      'You asked for space from @jo on X (Twitter)',
    ],
    [{ personId: 'gone', platform: 'tiktok', kind: 'profile' }, 'You asked for space from someone on TikTok'],
    [
      { personId: 'p1', platform: 'site', kind: 'search', name: 'Alex Smith' },
      'You asked for space from searching for Alex Smith',
    ],
  ])('heading for %o', (match, heading) => {
    expect(pauseHeading(LIST, match)).toBe(heading);
  });

  it('falls back from an empty label to the handle', () => {
    expect(personLabel(LIST, { personId: 'p2', profileId: 'x2', platform: 'x', kind: 'profile' })).toBe(
      '@jo',
    );
  });

  it.each([
    [streak(23), '23 days of no contact'],
    [streak(1, 5), '1 day of no contact'],
    [streak(0, 5), '5 hours of no contact so far'],
    [streak(0, 1), '1 hour of no contact so far'],
    [streak(0, 0), 'Your no-contact streak has just begun'],
  ])('streak line %#', (summary, text) => {
    expect(streakLine(summary)).toBe(text);
  });

  it('says nothing of a streak that has not started', () => {
    expect(streakLine(streak(0, 0, false))).toBeNull();
    expect(streakLine(null)).toBeNull();
    expect(continueNote(streak(5, 0, false), true)).toBeNull();
  });

  it('states what continuing costs only when viewing counts as contact', () => {
    expect(continueNote(streak(23), true)).toBe('Continuing ends your 23-day streak.');
    expect(continueNote(streak(0, 3), true)).toBe('Continuing restarts your streak.');
    expect(continueNote(streak(23), false)).toBeNull();
  });
});

describe('platformLabel', () => {
  it.each(PLATFORM_IDS)('names %s exactly as the link parser does', (platform) => {
    expect(platformLabel(platform)).toBe(platformName(platform));
    expect(platformLabel(platform)).not.toMatch(/^platform_/);
  });
});
