/**
 * Reads what a user pastes into "Profile link": a URL with or without scheme, or an
 * `@handle` for a chosen platform. Returns the profile it names, or a calm message that says
 * what the link is and what to copy instead. Runs in the options page and the popup only.
 */
import { t } from './i18n';
import { latinSkeleton, typedHost } from './lookalike';
import type { PlatformId, ProfileRef } from './model';
import { fail } from './platforms/common';
import { ADAPTERS, adapterForDomain } from './platforms/index';
import { mastodon, parseMastodonPath } from './platforms/mastodon';
import { siteProfile } from './platforms/site';
import type { Parsed } from './platforms/types';
import { engineOf } from './search-names';
import { splitHost, splitUrl, type UrlParts } from './url-parts';

export interface LinkError {
  code: string;
  messageKey: string;
  substitutions?: string[];
}

export type LinkResult =
  | { ok: true; profile: ProfileRef; aliases: string[] }
  | { ok: false; error: LinkError };

/** Longer than any real profile link; past this we do not even look. */
const MAX_LENGTH = 2048;

/** "Instagram", "X", … through t('platform_<id>'). */
export function platformName(platform: PlatformId): string {
  return t(`platform_${platform}`);
}

function failure(code: string, substitutions?: string[]): LinkResult {
  const messageKey = `link_${code.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
  return { ok: false, error: substitutions ? { code, messageKey, substitutions } : { code, messageKey } };
}

function result(platform: PlatformId, parsed: Parsed): LinkResult {
  if ('error' in parsed) {
    const name = platformName(platform);
    return failure(parsed.error, parsed.detail === undefined ? [name] : [name, parsed.detail]);
  }
  const { key, handle, url, aliases = [] } = parsed;
  return { ok: true, profile: { platform, key, handle, url }, aliases };
}

/** Text as an http(s) URL split into parts, or the reason it is not one. */
function toParts(text: string): UrlParts | LinkResult {
  const scheme = /^([a-z][a-z0-9+-]*):(?!\d)/i.exec(text)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return failure('not-web');
  let url: URL;
  try {
    url = new URL(scheme ? text : `https://${text.replace(/^\/\//, '')}`);
  } catch {
    return failure('invalid');
  }
  const parts = splitUrl(url.href);
  if (!parts || !url.hostname.includes('.') || url.hostname.endsWith('.')) return failure('invalid');
  return parts;
}

/** A host that reads like a known site but is not it. */
function lookalike(text: string): LinkResult | null {
  const typed = typedHost(text).toLowerCase();
  if (/^[\x20-\x7e]*$/.test(typed)) return null;
  const [domain] = splitHost(latinSkeleton(typed));
  const adapter = adapterForDomain(domain);
  return adapter ? failure('lookalike', [platformName(adapter.match.id)]) : null;
}

function fromHandle(text: string, hint?: PlatformId): LinkResult {
  if (/^@?[^@\s/]+@[^@\s/]+$/.test(text) && (!hint || hint === 'mastodon')) {
    return result('mastodon', mastodon.fromHandle(text));
  }
  if (!hint || hint === 'site') return failure('need-platform', [text]);
  const adapter = ADAPTERS[hint];
  const parsed = adapter.fromHandle(text);
  if (!('key' in parsed)) return result(hint, parsed);
  // A name the platform reserves (`@explore`, `@p`) has no profile page: its URL reads as something else.
  const parts = splitUrl(parsed.url);
  const back = parts ? adapter.parse(parts) : fail('reserved');
  return result(hint, 'key' in back && back.key === parsed.key ? parsed : fail('reserved'));
}

function parse(text: string, hint?: PlatformId): LinkResult {
  const trimmed = text.trim();
  if (!trimmed) return failure('empty');
  if (trimmed.length > MAX_LENGTH) return failure('too-long');
  if (/[\p{Cc}\p{Cf}\s]/u.test(trimmed)) return failure('invalid');
  // A bare name: `@alex`, `alex`, or `alex.tok` once the user has chosen the platform.
  const bareName = hint && hint !== 'site' ? /^[^/:]+$/ : /^[^./:@]+$/;
  if (trimmed.startsWith('@') || bareName.test(trimmed)) return fromHandle(trimmed, hint);
  const odd = lookalike(trimmed);
  if (odd) return odd;
  const parts = toParts(trimmed);
  if ('ok' in parts) return parts;
  const engine = engineOf(parts.domain);
  if (engine && (!engine[1] || parts.sub.split('.').includes(engine[1]))) return failure('search');
  const adapter = adapterForDomain(parts.domain);
  if (adapter) return result(adapter.match.id, adapter.parse(parts));
  const fedi = parseMastodonPath(parts.host, parts.segs);
  if (fedi) return result('mastodon', fedi);
  return failure('unknown-site', [siteLabel(parts)]);
}

function siteLabel(parts: UrlParts): string {
  const path = parts.segs.filter(Boolean).join('/');
  return parts.host.replace(/^www\./, '') + (path ? `/${path}` : '');
}

/** Never throws. text: anything a user pastes (URL with/without scheme, `@handle`). */
export function parseProfileLink(text: string, platformHint?: PlatformId): LinkResult {
  try {
    return parse(String(text ?? ''), platformHint);
  } catch {
    return failure('invalid');
  }
}

/** After the user confirms an unknown site: pause the host and path the link names. Never throws. */
export function parseSiteRule(text: string): LinkResult {
  try {
    const trimmed = String(text ?? '').trim();
    if (!trimmed) return failure('empty');
    if (trimmed.length > MAX_LENGTH) return failure('too-long');
    if (/[\p{Cc}\p{Cf}\s]/u.test(trimmed)) return failure('invalid');
    const parts = toParts(trimmed);
    return 'ok' in parts ? parts : result('site', siteProfile(parts));
  } catch {
    return failure('invalid');
  }
}
