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

const SHAPE = /^https?:\/\/([^/?#]*)([^?#]*)\??([^#]*)#?(.*)$/is;
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
  const labels = host.split('.');
  const n = labels.length;
  const cc = n > 2 && labels[n - 1]?.length === 2 && SECOND_LEVEL.test(labels[n - 2] as string) ? 3 : 2;
  return [labels.slice(-cc).join('.'), labels.slice(0, -cc).join('.')];
}

/** Splits an http(s) URL, or returns null for anything else. `lower` lowercases everything. */
export function splitUrl(url: string, lower?: boolean): UrlParts | null {
  const m = SHAPE.exec(lower ? url.toLowerCase() : url);
  if (!m) return null;
  let host = (m[1] as string).toLowerCase();
  host = host.slice(host.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  if (host.endsWith('.')) host = host.slice(0, -1);
  const [domain, sub] = splitHost(host);
  const path = m[2] as string;
  return {
    host,
    domain,
    sub,
    segs: path
      ? path
          .slice(1)
          .split('/')
          .map((seg) => decode(seg, lower))
      : [],
    query: m[3] as string,
    hash: m[4] as string,
  };
}

/** The decoded value of a query (or fragment) parameter, or undefined. */
export function param(query: string, name: string): string | undefined {
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq) === name) return decode(pair.slice(eq + 1).replace(/\+/g, ' '));
  }
  return undefined;
}
