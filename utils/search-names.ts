/**
 * Name searches: which search engines we read, where their query sits, and how names and
 * queries are compared (whole words, case- and diacritic-insensitive). Bundled into the
 * content script, so it stays small.
 */
import { param, type UrlParts } from './url-parts';

/** Query parameter per engine domain, and the subdomain the engine must be on, if any. */
const ENGINES: Record<string, [param: string, sub?: string]> = {
  'google.*': ['q'],
  'bing.com': ['q'],
  'duckduckgo.com': ['q'],
  'ecosia.org': ['q'],
  'yahoo.com': ['p', 'search'],
  'brave.com': ['q', 'search'],
};

/** The engine entry for a domain (`google.*` covers every country domain). */
export function engineOf(domain: string): [string, string?] | undefined {
  return ENGINES[domain] ?? ENGINES[`${domain.slice(0, domain.indexOf('.'))}.*`];
}

/** The search text of a search-engine URL (query string, or Google's `#q=` fragment). */
export function searchQuery(p: UrlParts): string | undefined {
  const engine = engineOf(p.domain);
  if (!engine) return undefined;
  const [name, sub] = engine;
  if (sub && p.sub !== sub && !p.sub.endsWith(`.${sub}`)) return undefined;
  return param(p.query, name) ?? param(p.hash, name);
}

/** Words of a name or query: diacritics dropped, lowercased, split on anything not a letter or digit. */
export function nameTokens(text: string): string[] {
  // Most queries are plain ASCII: skip Unicode normalisation for them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is "any ASCII", control characters included.
  const words = /^[\x00-\x7f]*$/.test(text)
    ? text.toLowerCase().split(/[^a-z0-9]+/)
    : text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u);
  return words.filter(Boolean);
}

/** A listed name, as tokens, with what it answers; `order` is its place in the list. */
export interface NameEntry<T> {
  tokens: string[];
  value: T;
  order: number;
}

/**
 * The lookup key of a name: its first two words (or its only one). Keyed by two words, a
 * common first name does not gather hundreds of names to compare against every query.
 */
export function nameKey(tokens: readonly string[]): string {
  return tokens.length > 1 ? `${tokens[0]} ${tokens[1]}` : (tokens[0] ?? '');
}

function firstMatch<T>(
  entries: NameEntry<T>[] | undefined,
  words: string[],
  i: number,
  best: NameEntry<T> | undefined,
): NameEntry<T> | undefined {
  for (const entry of entries ?? []) {
    if (best && best.order < entry.order) break;
    if (entry.tokens.every((token, j) => words[i + j] === token)) return entry;
  }
  return best;
}

/** The first listed name whose words appear, in order and adjacent, among the query's words. */
export function findName<T>(query: string, byKey: Map<string, NameEntry<T>[]>): T | undefined {
  const words = nameTokens(query);
  for (let i = 0; i < words.length; i++) {
    let found = firstMatch(byKey.get(words[i] as string), words, i, undefined);
    if (i + 1 < words.length) found = firstMatch(byKey.get(`${words[i]} ${words[i + 1]}`), words, i, found);
    if (found) return found.value;
  }
  return undefined;
}
