/**
 * Splits an http(s) URL into the pieces the matcher and the link parser read. Hand-rolled
 * rather than `new URL()` because the content script runs this on every navigation and
 * must stay small and fast; the link parser validates its input with `new URL()` first.
 */

/** An http(s) URL, split. Only `host` is lowercased here; callers decide about the rest. */
export interface UrlParts {
  /** Host without userinfo, port or trailing dot, lowercased. */
  host: string;
  /** Registrable domain, e.g. `instagram.com`, `google.co.uk`. */
  domain: string;
  /** Labels left of the domain, e.g. `www`, `m`, `alex` (for `alex.tumblr.com`), or ''. */
  sub: string;
  /** Path segments after the first `/`, percent-decoded. `/a/b/` gives `['a', 'b', '']`. */
  segs: string[];
  /** Query without `?`, raw. */
  query: string;
  /** Fragment without `#`, raw. */
  hash: string;
}

// Second-level labels that make a country domain three labels long (google.co.uk, pinterest.com.au).
const SECOND_LEVEL = /^(?:com?|org|net|ac|gov|edu|ne|or|go|gob)$/;

/** Decodes one path segment (lowercased again if asked); a malformed escape stays as written. */
function decode(seg: string, lower?: boolean): string {
  if (seg.indexOf('%') < 0) return seg;
  try {
    const text = decodeURIComponent(seg);
    return lower ? text.toLowerCase() : text;
  } catch {
    return seg;
  }
}

/** Splits a host into registrable domain and subdomain labels. */
export function splitHost(host: string): [domain: string, sub: string] {
  const last = host.lastIndexOf('.');
  let cut = host.lastIndexOf('.', last - 1);
  if (cut > 0 && host.length - last === 3 && SECOND_LEVEL.test(host.slice(cut + 1, last))) {
    cut = host.lastIndexOf('.', cut - 1);
  }
  return cut < 0 ? [host, ''] : [host.slice(cut + 1), host.slice(0, cut)];
}

/**
 * Splits an http(s) URL, or returns null for anything else. `lower` lowercases everything;
 * `maxSegs` stops after that many path segments (the matcher reads only the first few).
 */
export function splitUrl(url: string, lower?: boolean, maxSegs?: number): UrlParts | null {
  const text = lower ? url.toLowerCase() : url;
  // Browsers and `new URL().href` write the scheme in lowercase.
  const start = text.startsWith('https://') ? 8 : text.startsWith('http://') ? 7 : -1;
  if (start < 0) return null;
  const found = text.slice(start).search(/[/?#]/);
  const end = found < 0 ? text.length : start + found;
  let host = text.slice(text.lastIndexOf('@', end) + 1 || start, end);
  if (!lower) host = host.toLowerCase();
  const colon = host.indexOf(':');
  if (colon >= 0) host = host.slice(0, colon);
  if (host.endsWith('.')) host = host.slice(0, -1);
  const hashAt = text.indexOf('#', end);
  const beforeHash = hashAt < 0 ? text.length : hashAt;
  const queryAt = text.indexOf('?', end);
  const pathEnd = queryAt < 0 || queryAt > beforeHash ? beforeHash : queryAt;
  const segs: string[] = [];
  // indexOf beats String#split severalfold here, and stops after the segments asked for.
  for (let i = end + 1; i <= pathEnd && segs.length < (maxSegs ?? Infinity); ) {
    const slash = text.indexOf('/', i);
    const stop = slash < 0 || slash > pathEnd ? pathEnd : slash;
    segs.push(decode(text.slice(i, stop), lower));
    i = stop + 1;
  }
  const [domain, sub] = splitHost(host);
  return {
    host,
    domain,
    sub,
    segs,
    query: pathEnd < beforeHash ? text.slice(pathEnd + 1, beforeHash) : '',
    hash: hashAt < 0 ? '' : text.slice(hashAt + 1),
  };
}

/** The decoded value of a query (or fragment) parameter, or undefined. */
export function param(query: string, name: string): string | undefined {
  const key = `${name}=`;
  let at = query.startsWith(key) ? 0 : query.indexOf(`&${key}`) + 1;
  if (at <= 0 && !query.startsWith(key)) return undefined;
  at += key.length;
  const end = query.indexOf('&', at);
  return decode(query.slice(at, end < 0 ? undefined : end).replace(/\+/g, ' '));
}
