/**
 * Whether the page in the current tab is a profile the user could add: recognised by the
 * link parser and not already listed. Pure, so it is tested without a browser.
 */
import type { PeopleList, ProfileRef } from './model';
import { previewLink } from './profile-add';
import { platformName } from './profile-link';

/** The profile open in the current tab, recognised and not yet listed. */
export interface TabOffer {
  /** Display name of the platform, e.g. "Instagram". */
  platform: string;
  profile: ProfileRef;
  aliases: string[];
}

/** The offer for `url`, or null when it is no profile or already on the list. */
export function offerFor(list: PeopleList, url: string): TabOffer | null {
  const preview = previewLink(list, url);
  if (preview.kind !== 'profile' || preview.duplicateOf !== null) return null;
  return {
    platform: platformName(preview.profile.platform),
    profile: preview.profile,
    aliases: preview.aliases,
  };
}
