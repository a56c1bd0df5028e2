/**
 * Layer 3 of pausing: the background re-checks every committed top-frame URL (full loads,
 * history.pushState, fragment changes) and sends a listed one to the pause page. It
 * catches what the network rules and the content script cannot see: sites without a
 * content script (Mastodon instances, sites the user added) and anything that slipped by.
 */
import { type Allowance, isAllowed } from './allowance';
import { type MatchIndex, matchUrl } from './match';
import { isPausePageUrl, pausePageAfterUrl } from './pause-target';

/** The fields of a webNavigation event the backstop reads. */
export interface CommittedNavigation {
  tabId: number;
  frameId: number;
  url: string;
}

/** What the backstop knows when it decides. */
export interface BackstopState {
  index: MatchIndex;
  allowances: Allowance[];
  now: number;
  pageUrl: string;
}

/**
 * Whether a navigation is a tab's top frame going to a listed profile: the only kind the
 * backstop (or an allowance) can concern. Decided from the list alone, so an unrelated page
 * costs the background one lookup and no storage read.
 */
export function isListedNavigation(nav: CommittedNavigation, index: MatchIndex): boolean {
  return (
    nav.frameId === 0 && nav.tabId >= 0 && /^https?:/i.test(nav.url) && matchUrl(nav.url, index) !== null
  );
}

/** The pause page address this navigation must go to instead, or null to leave it alone. */
export function backstopTarget(nav: CommittedNavigation, state: BackstopState): string | null {
  if (!isListedNavigation(nav, state.index)) return null;
  if (isAllowed(state.allowances, nav.tabId, nav.url, state.now)) return null;
  return pausePageAfterUrl(state.pageUrl, nav.url);
}

/**
 * Whether the tab is already on (or on its way to) the pause page, so the backstop does
 * not open a second one after the network rules or the content script acted first.
 */
export function alreadyPausing(tab: { url?: string; pendingUrl?: string }, pageUrl: string): boolean {
  return [tab.pendingUrl, tab.url].some((url) => url !== undefined && isPausePageUrl(url, pageUrl));
}
