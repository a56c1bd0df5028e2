/**
 * The product's vocabulary as types, shared by every layer. Persisted shapes live here so
 * the list, the matcher, the database and the backup format agree on one definition.
 */

/** Platforms with a dedicated adapter, plus `site` for any other host + path prefix. */
export const PLATFORM_IDS = [
  'instagram',
  'facebook',
  'x',
  'tiktok',
  'threads',
  'snapchat',
  'linkedin',
  'bluesky',
  'youtube',
  'reddit',
  'pinterest',
  'tumblr',
  'twitch',
  'mastodon',
  'telegram',
  'github',
  'substack',
  'medium',
  'spotify',
  'vk',
  'site',
] as const;

/** One of PLATFORM_IDS. */
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** What the matcher recognises in a link: enough to list and to match a profile. */
export interface ProfileRef {
  platform: PlatformId;
  /**
   * Canonical id the matcher compares, already normalised for the platform's rules
   * (lowercased where case-insensitive, dots removed for Facebook vanity names,
   * `user@instance.host` for Mastodon, `host/path/segments` for `site`).
   */
  key: string;
  /** How the profile is shown to the user, e.g. `@alex` or `example.com/alex`. */
  handle: string;
  /** A canonical https URL of the profile. */
  url: string;
}

/** A listed profile: one account of a person on one platform. */
export interface Profile extends ProfileRef {
  id: string;
  /** Extra identifiers that also name this profile (numeric ids, DIDs, channel ids). */
  aliases: string[];
  /** A paused entry stays listed but does not pause anything. */
  paused: boolean;
  addedAt: number;
}

/** Someone the user asked for space from, with their profiles and names. */
export interface Person {
  id: string;
  label: string;
  note: string;
  /** Names whose web searches are paused too ("Alex Smith"). */
  names: string[];
  profiles: Profile[];
  addedAt: number;
}

/** The whole list, as stored. */
export interface PeopleList {
  people: Person[];
}

/** One of the user's "Instead…" suggestions: a text, optionally a link. */
export interface Suggestion {
  text: string;
  url?: string;
}

export type Theme = 'system' | 'light' | 'dark';

/** The user's settings, as stored. */
export interface Settings {
  /** Seconds before "Continue anyway" enables, 0–120. */
  countdownSeconds: number;
  /** Strict mode hides "Continue anyway". */
  strict: boolean;
  /** Whether continuing to a paused profile counts as contact (restarts the streak). */
  viewingCountsAsContact: boolean;
  /** Start of no-contact, epoch ms; null until onboarding sets it. */
  startDate: number | null;
  /** Personal goal in days, or null. */
  goalDays: number | null;
  suggestions: Suggestion[];
  theme: Theme;
  /** Mirror list and settings to storage.sync. Off by default. */
  sync: boolean;
  /** Cooling-off before loosening changes apply, in ms: 0, 1 h or 24 h. */
  coolingOffMs: number;
  /** How long "Continue anyway" lets a tab through, in minutes. */
  allowanceMinutes: number;
  /** Whether the user has finished (or skipped) onboarding. */
  onboarded: boolean;
}

/** Where a reflection was written. */
export type ReflectionSource = 'pause' | 'popup' | 'journal';

/** A reflection, as stored in IndexedDB. */
export interface Reflection {
  id: string;
  text: string;
  mood?: 1 | 2 | 3 | 4 | 5;
  prompt?: string;
  source: ReflectionSource;
  personId?: string;
  /** The pause this reflection was written during, if any. */
  pauseId?: string;
  createdAt: number;
  updatedAt: number;
}

/** Who reached out when contact was logged. */
export type ContactKind = 'i-reached-out' | 'we-talked' | 'they-reached-out-i-replied';

/** Something that happened, as stored in IndexedDB. Streaks are derived from these. */
export type StoredEvent =
  | { id: string; type: 'paused'; at: number; personId?: string; profileId?: string; platform?: PlatformId }
  | { id: string; type: 'turned-back'; at: number; pauseId?: string; personId?: string }
  | {
      id: string;
      type: 'continued';
      at: number;
      pauseId?: string;
      personId?: string;
      countsAsContact: boolean;
    }
  | { id: string; type: 'contact-logged'; at: number; kind: ContactKind; note?: string; personId?: string }
  | { id: string; type: 'check-in'; at: number; answers: Record<string, string> }
  | { id: string; type: 'start-date-set'; at: number; startDate: number };

export type EventType = StoredEvent['type'];

/**
 * A loosening change scheduled by cooling-off. The options page extends this union; the
 * backup schema (utils/backup.ts) validates each kind, so add new kinds there too.
 */
export type PendingChangeKind =
  | { kind: 'remove-profile'; personId: string; profileId: string }
  | { kind: 'pause-profile'; personId: string; profileId: string }
  | { kind: 'remove-person'; personId: string }
  | { kind: 'remove-name'; personId: string; name: string }
  | { kind: 'settings'; patch: Partial<Settings> };

/** A scheduled loosening change: applies at `applyAt` unless the user cancels it first. */
export interface PendingChange {
  id: string;
  createdAt: number;
  applyAt: number;
  change: PendingChangeKind;
}
