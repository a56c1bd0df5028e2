/**
 * One pause page instance = one pause. A reload keeps its id (history.state survives a
 * reload, so it is not counted twice), and when two layers open the pause page for the
 * same URL in the same tab within moments of each other, that still is one pause.
 * After "Go back" lands on the same paused URL again (it was the previous entry), the
 * page goes straight on back instead of pausing the user a second time.
 */
import { isPromptKey, type PromptKey, pickPrompt } from './prompts';

/** Pause page loads for the same URL in one tab closer than this are one pause. */
export const SAME_PAUSE_MS = 3000;

/** How long after "Go back" a pause for the same URL means "keep going back". */
export const TURNING_BACK_MS = 10_000;

const LAST_PAUSE_KEY = 'breathing-room:last-pause';
const TURNED_BACK_KEY = 'breathing-room:turned-back';

/** This pause page instance. `isNew` says whether to record a `paused` event. */
export interface PauseSession {
  pauseId: string;
  prompt: PromptKey;
  isNew: boolean;
}

/** The two browser stores the session lives in (the tab's history entry and sessionStorage). */
export interface SessionStores {
  history: Pick<History, 'state' | 'replaceState'>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

interface LastPause {
  target: string;
  at: number;
  pauseId: string;
  prompt: string;
}

function read<T>(storage: SessionStores['storage'], key: string): Partial<T> | null {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null') as Partial<T> | null;
  } catch {
    return null;
  }
}

/** Opens (or, after a reload, resumes) the pause for `target` in this tab. */
export function openPauseSession(
  stores: SessionStores,
  target: string,
  now: number,
  random: number,
  newId: () => string,
): PauseSession {
  const state = stores.history.state as { pauseId?: unknown; prompt?: unknown } | null;
  const last = read<LastPause>(stores.storage, LAST_PAUSE_KEY);
  let session: PauseSession;
  if (typeof state?.pauseId === 'string' && isPromptKey(state.prompt)) {
    session = { pauseId: state.pauseId, prompt: state.prompt, isNew: false };
  } else if (
    last?.target === target &&
    typeof last.at === 'number' &&
    now - last.at >= 0 &&
    now - last.at < SAME_PAUSE_MS &&
    typeof last.pauseId === 'string' &&
    isPromptKey(last.prompt)
  ) {
    session = { pauseId: last.pauseId, prompt: last.prompt, isNew: false };
  } else {
    session = { pauseId: newId(), prompt: pickPrompt(random, last?.prompt), isNew: true };
  }
  stores.history.replaceState({ pauseId: session.pauseId, prompt: session.prompt }, '');
  const record: LastPause = { target, at: now, pauseId: session.pauseId, prompt: session.prompt };
  stores.storage.setItem(LAST_PAUSE_KEY, JSON.stringify(record));
  return session;
}

/** Remembers that the user chose "Go back" from `target`. */
export function markTurnedBack(storage: SessionStores['storage'], target: string, now: number): void {
  storage.setItem(TURNED_BACK_KEY, JSON.stringify({ target, at: now }));
}

/** Whether this pause is the user's own "Go back" landing on the paused URL again. */
export function isTurningBack(storage: SessionStores['storage'], target: string, now: number): boolean {
  const mark = read<{ target: string; at: number }>(storage, TURNED_BACK_KEY);
  const recent = typeof mark?.at === 'number' && now - mark.at >= 0 && now - mark.at < TURNING_BACK_MS;
  if (!recent || mark?.target !== target) {
    storage.removeItem(TURNED_BACK_KEY);
    return false;
  }
  return true;
}
