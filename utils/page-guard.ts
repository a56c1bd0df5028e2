/**
 * What the content script does with a URL, decided from what it already holds, and the
 * veil that keeps the page unpainted while it decides. Hiding happens synchronously in
 * the same task as the navigation, so not one frame of a listed profile is painted.
 */
import { type Allowance, hasAllowanceFor } from './allowance';
import { type MatchIndex, matchUrl } from './match';

/** pass: not listed; pause: go to the pause page now; ask: an allowance may cover it. */
export type Verdict = 'pass' | 'pause' | 'ask';

/** Decides for `url`. Only an unexpired allowance for exactly this URL makes it worth asking. */
export function judge(url: string, index: MatchIndex, allowances: Allowance[], now: number): Verdict {
  if (!matchUrl(url, index)) return 'pass';
  return hasAllowanceFor(allowances, url, now) ? 'ask' : 'pause';
}

/**
 * Hides the whole document. Both properties: a child can override an inherited
 * `visibility`, but nothing inside can undo the root's `opacity`.
 */
export function veil(root: HTMLElement): void {
  root.style.setProperty('visibility', 'hidden', 'important');
  root.style.setProperty('opacity', '0', 'important');
}

/** Shows the document again. */
export function unveil(root: HTMLElement): void {
  root.style.removeProperty('visibility');
  root.style.removeProperty('opacity');
}

/**
 * Without the Navigation API (Firefox before 147) a content script cannot see
 * history.pushState, so it checks the URL every animation frame (which runs before paint)
 * and on popstate and hashchange. The last resort; the backstop also catches these.
 */
export function watchUrlEachFrame(onChange: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const tick = () => {
    check();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  addEventListener('popstate', check);
  addEventListener('hashchange', check);
}
