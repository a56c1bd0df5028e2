/**
 * The network-rule forms of every platform, for utils/rules.ts (the background). Kept out of
 * the adapters so the pages that parse links (options) never ship them.
 */
import type { PlatformId } from '../model';
import { blueskyForms } from './bluesky';
import { facebookForms } from './facebook';
import { githubForms } from './github';
import { instagramForms } from './instagram';
import { linkedinForms } from './linkedin';
import { mastodonForms } from './mastodon';
import { mediumForms } from './medium';
import { pinterestForms } from './pinterest';
import { redditForms } from './reddit';
import { siteForms } from './site';
import { snapchatForms } from './snapchat';
import { spotifyForms } from './spotify';
import { substackForms } from './substack';
import { telegramForms } from './telegram';
import { threadsForms } from './threads';
import { tiktokForms } from './tiktok';
import { tumblrForms } from './tumblr';
import { twitchForms } from './twitch';
import type { RuleForm } from './types';
import { vkForms } from './vk';
import { xForms } from './x';
import { youtubeForms } from './youtube';

/** How each platform's profile URLs are written in network rules. */
export const RULE_FORMS: Readonly<Record<PlatformId, readonly RuleForm[]>> = {
  instagram: instagramForms,
  facebook: facebookForms,
  x: xForms,
  tiktok: tiktokForms,
  threads: threadsForms,
  snapchat: snapchatForms,
  linkedin: linkedinForms,
  bluesky: blueskyForms,
  youtube: youtubeForms,
  reddit: redditForms,
  pinterest: pinterestForms,
  tumblr: tumblrForms,
  twitch: twitchForms,
  mastodon: mastodonForms,
  telegram: telegramForms,
  github: githubForms,
  substack: substackForms,
  medium: mediumForms,
  spotify: spotifyForms,
  vk: vkForms,
  site: siteForms,
};
