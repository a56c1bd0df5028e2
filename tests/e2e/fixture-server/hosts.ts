import { SOCIAL_DOMAINS } from '../../../utils/hosts';

/** Search engines the fixture server imitates (result pages with links to profiles). */
export const SEARCH_HOSTS = ['www.google.com', 'www.bing.com', 'duckduckgo.com'] as const;

/** Hosts with nothing to do with social sites (every other name works too). */
export const UNRELATED_HOSTS = ['news.example', 'unrelated.test'] as const;

/** Whether a host is one of the known social domains or a subdomain of one. */
export function isSocialHost(host: string): boolean {
  return SOCIAL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Whether a host is one of the imitated search engines. */
export function isSearchHost(host: string): boolean {
  return (SEARCH_HOSTS as readonly string[]).includes(host);
}

/** Every name the certificate covers: each social domain, its www./m./mobile. and wildcard forms, search, unrelated. */
export function certificateNames(): string[] {
  const social = SOCIAL_DOMAINS.flatMap((d) => [d, `*.${d}`]);
  return [...social, ...SEARCH_HOSTS, ...UNRELATED_HOSTS, '*.example', '*.test', 'localhost'];
}

/**
 * Whether a host is one the fixtures stand in for (social, search, *.example, *.test).
 * Everything else reaching the server is the browsers' own background traffic
 * (Chromium's time and update checks, Firefox's remote settings), kept out of requests().
 */
export function isFixtureHost(host: string): boolean {
  return isSocialHost(host) || isSearchHost(host) || host.endsWith('.example') || host.endsWith('.test');
}
