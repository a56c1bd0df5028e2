/**
 * How a spec points at an element, the same way in both browsers:
 * - a string is a CSS selector: `'#profile-content'`
 * - `{ role, name }` finds by ARIA role and accessible name: `{ role: 'button', name: 'Go back' }`
 * - `{ text }` finds the innermost element whose text contains (or equals, with `exact`) the text
 * - `{ label }` finds a form control by its accessible name (label, aria-label, placeholder)
 * Names and texts match case-insensitively as substrings unless `exact: true` or a RegExp.
 * `nth` picks the n-th match (0-based); otherwise the first.
 */
export type Target =
  | string
  | { css: string; nth?: number }
  | { role: string; name?: string | RegExp; exact?: boolean; nth?: number }
  | { text: string | RegExp; exact?: boolean; nth?: number }
  | { label: string | RegExp; exact?: boolean; nth?: number };

type WireMatch = { s: string } | { re: string; flags: string };

/** The JSON form of a Target that the in-page locator understands. */
export interface WireTarget {
  css?: string;
  role?: string;
  name?: WireMatch;
  text?: WireMatch;
  label?: WireMatch;
  exact?: boolean;
  nth?: number;
}

const toMatch = (value: string | RegExp): WireMatch =>
  value instanceof RegExp ? { re: value.source, flags: value.flags } : { s: value };

/** Converts a Target to JSON that can travel into the page. */
export function toWire(target: Target): WireTarget {
  if (typeof target === 'string') return { css: target };
  const wire: WireTarget = { exact: 'exact' in target ? target.exact : undefined, nth: target.nth };
  if ('css' in target) wire.css = target.css;
  if ('role' in target) {
    wire.role = target.role;
    if (target.name !== undefined) wire.name = toMatch(target.name);
  }
  if ('text' in target) wire.text = toMatch(target.text);
  if ('label' in target) wire.label = toMatch(target.label);
  return wire;
}

/** A readable description of a Target for error messages. */
export function describeTarget(target: Target): string {
  if (typeof target === 'string') return `css ${target}`;
  return JSON.stringify(target, (_key, value) => (value instanceof RegExp ? String(value) : value));
}
