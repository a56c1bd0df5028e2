/**
 * "Continue anyway" lets one tab through to exactly one URL for a short while. Pure logic,
 * shared by the background (which grants, checks and expires allowances) and the content
 * script (which only looks for an unexpired allowance before asking the background).
 * Kept free of browser APIs so the content script stays tiny.
 */

/** storage.local key of the granted allowances (written by the background only). */
export const ALLOWANCES_KEY = 'allowances';

/** Session rule ids for allowances start here; lower ids belong to the list's redirect rules. */
export const ALLOWANCE_RULE_BASE = 100_000;

/** Above the redirect rules' priority, so an allowance wins for its tab and URL. */
export const ALLOWANCE_PRIORITY = 100;

/** Beyond this length a URL is matched with an anchored urlFilter; long regexes can exceed RE2 limits. */
const REGEX_URL_LIMIT = 1500;

/** One tab's permission to view one URL until `until` (epoch ms). */
export interface Allowance {
  tabId: number;
  url: string;
  until: number;
  ruleId: number;
}

/** The minimal DNR rule shape we create (structurally compatible with the browser's Rule). */
export interface AllowRule {
  id: number;
  priority: number;
  action: { type: 'allow' };
  condition: { tabIds: number[]; resourceTypes: ['main_frame']; regexFilter?: string; urlFilter?: string };
}

/**
 * The URL as an allowance compares it: without fragment (network requests never carry
 * one) and without a trailing slash (sites redirect `/alex` to `/alex/`).
 */
export function allowanceUrl(url: string): string {
  const noFragment = url.split('#', 1)[0] as string;
  const [path, query] = splitQuery(noFragment);
  const trimmed = path.length > 1 && path.endsWith('/') && !path.endsWith('//') ? path.slice(0, -1) : path;
  return query === null ? trimmed : `${trimmed}?${query}`;
}

function splitQuery(url: string): [string, string | null] {
  const at = url.indexOf('?');
  return at === -1 ? [url, null] : [url.slice(0, at), url.slice(at + 1)];
}

/** Validates what storage holds; anything malformed is dropped rather than trusted. */
export function parseAllowances(value: unknown): Allowance[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (a): a is Allowance =>
      typeof a === 'object' &&
      a !== null &&
      Number.isInteger(a.tabId) &&
      typeof a.url === 'string' &&
      Number.isFinite(a.until) &&
      Number.isInteger(a.ruleId),
  );
}

/** Whether any tab holds an unexpired allowance for `url` (the content script's quick check). */
export function hasAllowanceFor(allowances: Allowance[], url: string, now: number): boolean {
  const wanted = allowanceUrl(url);
  return allowances.some((a) => a.until > now && allowanceUrl(a.url) === wanted);
}

/** Whether `tabId` may show `url` right now. */
export function isAllowed(allowances: Allowance[], tabId: number, url: string, now: number): boolean {
  const wanted = allowanceUrl(url);
  return allowances.some((a) => a.tabId === tabId && a.until > now && allowanceUrl(a.url) === wanted);
}

/** Splits allowances into those still running and those that ended. */
export function partitionExpired(
  allowances: Allowance[],
  now: number,
): { kept: Allowance[]; expired: Allowance[] } {
  return {
    kept: allowances.filter((a) => a.until > now),
    expired: allowances.filter((a) => a.until <= now),
  };
}

/**
 * Adds an allowance for `tabId` and `url` lasting `minutes`, replacing an earlier one for
 * the same tab and URL. Returns the new list and the allowance (with a free rule id).
 */
export function grant(
  allowances: Allowance[],
  tabId: number,
  url: string,
  now: number,
  minutes: number,
): { allowances: Allowance[]; granted: Allowance; replaced: Allowance[] } {
  const key = allowanceUrl(url);
  const replaced = allowances.filter((a) => a.tabId === tabId && allowanceUrl(a.url) === key);
  const rest = allowances.filter((a) => !replaced.includes(a));
  const used = new Set(rest.map((a) => a.ruleId));
  let ruleId = ALLOWANCE_RULE_BASE;
  while (used.has(ruleId)) ruleId += 1;
  const granted: Allowance = { tabId, url, until: now + Math.max(0, minutes) * 60_000, ruleId };
  return { allowances: [...rest, granted], granted, replaced };
}

/** Escapes a string for an RE2 regular expression (what declarativeNetRequest uses). */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/** The session rule that lets this allowance's tab load its URL despite the redirect rules. */
export function allowRule(allowance: Allowance): AllowRule {
  const url = allowanceUrl(allowance.url);
  const condition: AllowRule['condition'] = { tabIds: [allowance.tabId], resourceTypes: ['main_frame'] };
  if (url.length <= REGEX_URL_LIMIT) {
    const [path, query] = splitQuery(url);
    const optionalSlash = path.endsWith('/') ? '' : '/?';
    const tail = query === null ? '' : `\\?${escapeRegex(query)}`;
    condition.regexFilter = `^${escapeRegex(path)}${optionalSlash}${tail}$`;
  } else {
    condition.urlFilter = `|${url}|`;
  }
  return { id: allowance.ruleId, priority: ALLOWANCE_PRIORITY, action: { type: 'allow' }, condition };
}
