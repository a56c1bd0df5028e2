/**
 * The social hosts Breathing Room knows out of the box. These become the manifest's
 * host permissions and the content script's matches, so nothing runs on other sites.
 * Sites the user adds themselves (other sites, Mastodon instances) are granted at runtime.
 */
export const SOCIAL_DOMAINS = [
  'instagram.com',
  'instagr.am',
  'facebook.com',
  'fb.com',
  'x.com',
  'twitter.com',
  'tiktok.com',
  'threads.net',
  'threads.com',
  'snapchat.com',
  'linkedin.com',
  'bsky.app',
  'youtube.com',
  'reddit.com',
  'pinterest.com',
  'tumblr.com',
  'twitch.tv',
  't.me',
  'telegram.me',
  'github.com',
  'github.io',
  'substack.com',
  'medium.com',
  'spotify.com',
  'vk.com',
] as const;

/** Match patterns for every known social domain and its subdomains. */
export const SOCIAL_HOST_PATTERNS: readonly string[] = SOCIAL_DOMAINS.map((domain) => `*://*.${domain}/*`);
