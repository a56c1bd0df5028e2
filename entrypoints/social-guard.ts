/**
 * Layer 2 of pausing, on the supported social sites only (content_scripts entry in
 * wxt.config.ts, document_start). An unlisted script rather than defineContentScript, so
 * neither WXT's content-script context nor webextension-polyfill ships in it: the whole
 * script must stay under 5 KB gzip. It decides on its own from the list it read, never by
 * asking the background, which may be asleep while the site paints.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { nativeApi } from '@/utils/browser-env/native';
import { applyChanges, type GuardState, readGuardState, watchGuardState } from '@/utils/content-list';
import { buildMatchIndex, type MatchIndex } from '@/utils/match';
import type { Envelope } from '@/utils/messages';
import { judge, unveil, veil, watchUrlEachFrame } from '@/utils/page-guard';
import { pausePageUrl } from '@/utils/pause-target';

/** The Navigation API's navigate event, as far as we use it (not yet in every DOM typing). */
interface NavigateEventLike extends Event {
  destination: { url: string; sameDocument: boolean };
  cancelable: boolean;
}

export default defineUnlistedScript(() => {
  const api = nativeApi();
  const root = document.documentElement;
  if (!root) return; // not an HTML page (an XML or image view): nothing to paint or pause
  const pageUrl = api.runtime.getURL('/pause.html');
  let state: GuardState | null = null;
  let index: MatchIndex | null = null;
  // Each decision bumps this; a slower, older decision must not reveal a newer one's veil.
  let decision = 0;

  const pause = (url: string, replace: boolean) => {
    veil(root);
    const target = pausePageUrl(pageUrl, url);
    if (replace) location.replace(target);
    else location.assign(target);
  };

  const askAllowed = (url: string) =>
    api.runtime
      .sendMessage({ name: 'isAllowed', data: { url } } satisfies Envelope<'isAllowed'>)
      .then((reply) => reply === true)
      .catch(() => false);

  /** Decides for the URL the tab shows now; pausing replaces that entry. */
  const decide = (): void => {
    if (!state || !index) return;
    const url = location.href;
    const mine = ++decision;
    const verdict = judge(url, index, state.allowances, Date.now() + state.clockOffsetMs);
    if (verdict === 'pass') {
      unveil(root);
      return;
    }
    if (verdict === 'pause') {
      pause(url, true);
      return;
    }
    veil(root);
    void askAllowed(url).then((allowed) => {
      if (mine !== decision) return;
      if (!allowed) pause(url, location.href === url);
      else if (location.href === url) unveil(root);
    });
  };

  // Hidden from the very start until the list is read (a few ms): pages a site's own
  // service worker serves never meet the network rules, and fragments never reach them.
  veil(root);
  readGuardState(api).then(
    (loaded) => {
      state = loaded;
      index = buildMatchIndex(loaded.list);
      decide();
    },
    () => unveil(root),
  );
  watchGuardState(api, (changes) => {
    if (!state) return;
    if (applyChanges(state, changes)) index = buildMatchIndex(state.list);
    decide();
  });

  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('navigate', (event) => {
      const nav = event as NavigateEventLike;
      if (!state) return; // still veiled; the first decision reads location.href afterwards
      const url = nav.destination.url;
      const verdict = judge(url, index as MatchIndex, state.allowances, Date.now() + state.clockOffsetMs);
      if (verdict === 'pass') return;
      // Same task as the navigation: nothing of the profile is painted from here on.
      veil(root);
      decision++;
      if (verdict === 'pause' && nav.cancelable) {
        nav.preventDefault();
        // The profile never became this tab's entry; keep the current page to go back to.
        pause(url, false);
        return;
      }
      // An allowance to check, or a traversal that cannot be cancelled: let the URL
      // change while veiled, then decide on what the tab actually shows.
      setTimeout(() => decide());
    });
  } else {
    watchUrlEachFrame(decide);
  }
  // A page restored from the back/forward cache runs no script at document_start.
  addEventListener('pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) {
      veil(root);
      decide();
    }
  });
});
