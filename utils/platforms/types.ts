/**
 * The shape every platform adapter fills in. The matcher part is kept apart from parsing,
 * and both from the network-rule forms (platforms/forms.ts), so each context bundles only
 * what it runs: the content script the matcher, the options page the parser.
 */
import type { PlatformId } from '../model';
import type { UrlParts } from '../url-parts';

/** How a visited URL names a profile on one platform. Runs on every navigation: keep it tiny. */
export interface PlatformMatcher {
  id: PlatformId;
  /** Registrable domains; `name.*` stands for `name` under any country domain. */
  domains: string[];
  /** The key (or keys) a lowercased, decoded URL names on this platform, if any. */
  key(segs: string[], p: UrlParts): string | string[] | undefined;
}

/** Why a link on a known platform names no one. */
export type ParseErrorCode =
  | 'home'
  | 'post'
  | 'video'
  | 'group'
  | 'short-link'
  | 'reserved'
  | 'no-profile'
  | 'bad-handle';

/** A profile found in a pasted link, or why there is none. */
export type Parsed =
  | { key: string; handle: string; url: string; aliases?: string[] }
  | { error: ParseErrorCode; detail?: string };

/**
 * One network-rule shape: `^https?://` + head + (spelled keys) + tail. Heads and tails are
 * RE2 source; spellings are URL text, escaped by the rule compiler.
 */
export interface RuleForm {
  head: string;
  /** Defaults to a segment boundary followed by the rest of the URL. */
  tail?: string;
  /** requestDomains; defaults to the platform's domains (none for forms on any host). */
  domains?: readonly string[];
  /** Take requestDomains from each spelling's host (text before the first `/`). */
  hostInKey?: boolean;
  /** How a key (profile key or alias) is written in URLs of this form; [] when it never is. */
  spell(key: string, handle?: string): string[];
}

/** Everything the product knows about one platform. */
export interface Adapter {
  match: PlatformMatcher;
  /** Domains of links that name no one but should be explained (short links, video links). */
  linkDomains?: string[];
  /** Reads a pasted link, case preserved. */
  parse(p: UrlParts): Parsed;
  /** Reads a bare `@handle` (or `handle`) typed for this platform. */
  fromHandle(handle: string): Parsed;
}
