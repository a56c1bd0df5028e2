/**
 * What the Profile link field shows while the user types, and what Add does with it:
 * the matcher's reading of the text, checked against the list. Pure, so the same
 * decision is tested with thousands of inputs and used by the options page and onboarding.
 */
import { addProfile, type EditResult, findDuplicate, type ListEditError } from './list-edits';
import type { PeopleList, ProfileRef } from './model';
import { parseProfileLink, parseSiteRule } from './profile-link';

/** The reading of a pasted link, as the form shows it. */
export type LinkPreview =
  | { kind: 'empty' }
  | { kind: 'profile'; profile: ProfileRef; aliases: string[]; duplicateOf: string | null }
  | { kind: 'unknown-site'; message: ListEditError }
  | { kind: 'error'; message: ListEditError };

type ParseResult = ReturnType<typeof parseProfileLink>;

function fromParse(list: PeopleList, parsed: ParseResult): LinkPreview {
  if (parsed.ok) {
    const duplicate = findDuplicate(list, parsed.profile, parsed.aliases);
    return {
      kind: 'profile',
      profile: parsed.profile,
      aliases: [...parsed.aliases],
      duplicateOf: duplicate ? duplicate.person.label : null,
    };
  }
  const message = { key: parsed.error.messageKey, substitutions: [...(parsed.error.substitutions ?? [])] };
  return parsed.error.code === 'unknown-site'
    ? { kind: 'unknown-site', message }
    : { kind: 'error', message };
}

/** Reads pasted text; with `asSite`, an unknown site is read as a site-and-path rule. */
export function previewLink(list: PeopleList, text: string, asSite = false): LinkPreview {
  if (text.trim() === '') return { kind: 'empty' };
  try {
    const parsed = parseProfileLink(text);
    if (asSite && !parsed.ok && parsed.error.code === 'unknown-site')
      return fromParse(list, parseSiteRule(text));
    return fromParse(list, parsed);
  } catch {
    // The matcher never throws by contract; if it ever does, the user still gets a calm answer.
    return { kind: 'error', message: { key: 'options_errorUnreadable' } };
  }
}

/** Adds what the text names, or explains why not; the list changes only for a real profile. */
export function addFromLink(
  list: PeopleList,
  text: string,
  opts: { asSite?: boolean; personId?: string; label?: string; at?: number } = {},
): EditResult {
  const preview = previewLink(list, text, opts.asSite);
  if (preview.kind === 'empty') return { list, error: { key: 'options_errorEmptyLink' } };
  if (preview.kind !== 'profile') return { list, error: preview.message };
  return addProfile(list, preview.profile, preview.aliases, opts);
}
