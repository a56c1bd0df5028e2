/**
 * The pause page's sentences that depend on who, where and how long: pure, so each wording
 * is tested on its own. Browser i18n has no plural rules, so one and many are separate keys.
 */
import { t } from './i18n';
import type { Match } from './match';
import type { PeopleList, PlatformId } from './model';
import type { StreakNow } from './streak';

/** The person's label as the user wrote it, or the listed handle, or a neutral word. */
export function personLabel(list: PeopleList, match: Match): string {
  const person = list.people.find((p) => p.id === match.personId);
  const profile = person?.profiles.find((p) => p.id === match.profileId);
  return person?.label.trim() || profile?.handle || t('pause_someone');
}

/**
 * A platform's display name. The same message as platformName() in utils/profile-link.ts,
 * which the pause page cannot import: it would pull the whole link parser into a page
 * budgeted at 25 KB. tests/utils/pause-text.test.ts keeps the two in step.
 */
export function platformLabel(platform: PlatformId): string {
  return t(`platform_${platform}`);
}

/** "You asked for space from Alex on Instagram", or "… searching for Alex" for a name search. */
export function pauseHeading(list: PeopleList, match: Match): string {
  if (match.kind === 'search') return t('pause_headingSearch', match.name || personLabel(list, match));
  return t('pause_headingProfile', [personLabel(list, match), platformLabel(match.platform)]);
}

/** "23 days of no contact" (hours in the first day); null before the streak has started. */
export function streakLine(streak: StreakNow | null): string | null {
  if (!streak?.started) return null;
  const { days, hours } = streak.current;
  if (days >= 2) return t('pause_streakDays', String(days));
  if (days === 1) return t('pause_streakOneDay');
  if (hours >= 2) return t('pause_streakHours', String(hours));
  return hours === 1 ? t('pause_streakOneHour') : t('pause_streakJustBegun');
}

/** What continuing costs, said before the button enables; null when it costs nothing. */
export function continueNote(streak: StreakNow | null, countsAsContact: boolean): string | null {
  if (!countsAsContact || !streak?.started) return null;
  const days = streak.current.days;
  return days >= 1 ? t('pause_continueEndsStreak', String(days)) : t('pause_continueRestartsStreak');
}
