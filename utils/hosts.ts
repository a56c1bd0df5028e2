/**
 * The social hosts Breathing Room knows out of the box. These become the manifest's
 * host permissions and the content script's matches, so nothing runs on other sites.
 * Sites the user adds themselves (other sites, Mastodon instances) are granted at runtime.
 */
/** Pinterest's domains (the matcher accepts any country domain; these get permissions and rules). */
export const PINTEREST_DOMAINS = [
  'pinterest.com',
  'pinterest.ca',
  'pinterest.co.uk',
  'pinterest.de',
  'pinterest.fr',
  'pinterest.es',
  'pinterest.it',
  'pinterest.pt',
  'pinterest.ie',
  'pinterest.at',
  'pinterest.ch',
  'pinterest.nl',
  'pinterest.se',
  'pinterest.dk',
  'pinterest.nz',
  'pinterest.jp',
  'pinterest.kr',
  'pinterest.co.kr',
  'pinterest.com.au',
  'pinterest.com.mx',
  'pinterest.cl',
  'pinterest.ph',
  'pinterest.ru',
  'pinterest.in',
  'pinterest.com.br',
  'pinterest.co.in',
  'pinterest.com.ar',
  'pinterest.co.za',
  'pinterest.com.co',
  'pinterest.pe',
] as const;

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
  'vk.ru',
  // web.telegram.org opens a profile from its fragment (`#@handle`): only a content script sees it.
  'telegram.org',
  ...PINTEREST_DOMAINS,
] as const;

/** Match patterns for every known social domain and its subdomains. */
export const SOCIAL_HOST_PATTERNS: readonly string[] = SOCIAL_DOMAINS.map((domain) => `*://*.${domain}/*`);

// Google search runs on every country domain; match patterns cannot wildcard a TLD, so list them.
const GOOGLE_CC =
  'ad ae al am as at az ba be bf bg bi bj bs bt by ca cat cd cf cg ch ci cl cm cn cv cz de dj dk dm dz ee es fi ' +
  'fm fr ga ge gg gl gm gr gy hn hr ht hu ie im iq is it je jo kg ki kz la li lk lt lu lv md me mg mk ml mn ms ' +
  'mu mv mw ne nl no nr nu pl pn ps pt ro rs ru rw sc se sh si sk sm sn so sr st td tg tl tm tn to tt vu ws';
const GOOGLE_COM =
  'af ag ar au bd bh bn bo br bz co cu cy do ec eg et fj gh gi gt hk jm kh kw lb ly mm mt mx my na ng ni np ' +
  'om pa pe pg ph pk pr py qa sa sb sg sl sv tj tr tw ua uy vc vn';
const GOOGLE_CO = 'ao bw ck cr id il in jp ke kr ls ma mz nz th tz ug uk uz ve vi za zm zw';

/** google.com and every Google country domain (google.de, google.co.uk, google.com.au, …). */
export const GOOGLE_DOMAINS: readonly string[] = [
  'google.com',
  ...GOOGLE_CC.split(' ').map((cc) => `google.${cc}`),
  ...GOOGLE_COM.split(' ').map((cc) => `google.com.${cc}`),
  ...GOOGLE_CO.split(' ').map((cc) => `google.co.${cc}`),
];

/** Search engines whose searches for a listed name are paused. */
export const SEARCH_ENGINE_DOMAINS: readonly string[] = [
  ...GOOGLE_DOMAINS,
  'bing.com',
  'duckduckgo.com',
  'search.yahoo.com',
  'ecosia.org',
  'search.brave.com',
];

/** Match patterns for the search engines (asked for only when a person has names listed). */
export const SEARCH_ENGINE_HOST_PATTERNS: readonly string[] = SEARCH_ENGINE_DOMAINS.map(
  (domain) => `*://*.${domain}/*`,
);
