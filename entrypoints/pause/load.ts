/**
 * Everything the pause page shows, loaded at once: the target (re-matched by the
 * background), the list (for the person's label), the settings, the streak, and this tab.
 * Records the `paused` event once per pause.
 */
import { browser } from 'wxt/browser';
import { currentTime } from '@/utils/clock';
import { addEvent } from '@/utils/db';
import { newId } from '@/utils/ids';
import { userTimeZone } from '@/utils/local-day';
import { sendMessage } from '@/utils/messages';
import type { PeopleList, Settings } from '@/utils/model';
import { openPauseSession, type PauseSession } from '@/utils/pause-session';
import { type PauseTarget, safeHttpUrl, targetFromHash } from '@/utils/pause-target';
import { PROMPT_KEYS } from '@/utils/prompts';
import { DEFAULT_SETTINGS, getList, getSettings } from '@/utils/settings';
import type { StreakNow } from '@/utils/streak';
import { readStreak } from '@/utils/streak-read';

/** What the pause page renders. `target` is null for anything we will not continue to. */
export interface PauseData {
  list: PeopleList;
  settings: Settings;
  target: PauseTarget | null;
  streak: StreakNow | null;
  session: PauseSession;
  tabId: number | undefined;
}

/**
 * The fragment as a target to offer, never trusted: a safe http(s) URL that the background
 * re-matches against the current list. Anything else (or no answer) offers nothing.
 */
async function resolveTarget(hash: string): Promise<PauseTarget | null> {
  const url = safeHttpUrl(targetFromHash(hash));
  if (url === null) return null;
  const match = await sendMessage('resolvePause', { url }).catch(() => null);
  return match ? { url, match } : null;
}

/** Loads the page's data and opens this pause (recording it when it is a new one). */
export async function loadPause(hash: string): Promise<PauseData> {
  const [target, list, settings, now, tab] = await Promise.all([
    resolveTarget(hash),
    getList(),
    getSettings(),
    currentTime(),
    // Only for the allowance's tab id: never let it stop the page from showing.
    Promise.resolve()
      .then(() => browser.tabs.getCurrent())
      .catch(() => undefined),
  ]);
  const stores = { history, storage: sessionStorage };
  const session = openPauseSession(stores, targetFromHash(hash), now, Math.random(), newId);
  if (target && session.isNew) {
    const { personId, profileId, platform } = target.match;
    // The pause's id is its event's id, so turning back, continuing and reflections link to it.
    await addEvent({ id: session.pauseId, type: 'paused', at: now, personId, profileId, platform });
  }
  const streak = await readStreak(settings, now, userTimeZone()).catch(() => null);
  return { list, settings, target, streak, session, tabId: tab?.id };
}

/** What the page shows when loading failed: a calm pause with "Go back" and nothing to continue to. */
export function fallbackData(): PauseData {
  return {
    list: { people: [] },
    settings: { ...DEFAULT_SETTINGS },
    target: null,
    streak: null,
    session: { pauseId: newId(), prompt: PROMPT_KEYS[1], isNew: false },
    tabId: undefined,
  };
}
