/**
 * Cooling-off: changes that loosen protection wait `coolingOffMs` before they apply;
 * changes that tighten it apply at once. Pure: the caller loads and saves the state.
 * A moment's thought is the point — on a hard evening, "remove Alex" should not be one click.
 */
import { type EditResult, removeName, removePerson, removeProfile, setProfilePaused } from './list-edits';
import type { PendingChange, PendingChangeKind, PeopleList, Settings } from './model';

export type { PendingChange, PendingChangeKind };

/** A change the user asks for: any scheduled kind, or resuming a paused profile (which tightens). */
export type Change = PendingChangeKind | { kind: 'resume-profile'; personId: string; profileId: string };

/** Everything a change can touch. */
export interface CommitState {
  list: PeopleList;
  settings: Settings;
  pending: PendingChange[];
}

type SettingKey = keyof Settings;

/** Whether changing one setting from `before` to `after` loosens protection. */
export function loosensSetting<K extends SettingKey>(
  key: K,
  before: Settings[K],
  after: Settings[K],
): boolean {
  switch (key) {
    case 'countdownSeconds':
    case 'coolingOffMs':
      return Number(after) < Number(before);
    case 'allowanceMinutes':
      return Number(after) > Number(before);
    case 'strict':
    case 'viewingCountsAsContact':
      return before === true && after === false;
    default:
      return false;
  }
}

/** Whether a change loosens protection (and so waits for the cooling-off). */
export function isLoosening(change: Change, settings: Settings): boolean {
  switch (change.kind) {
    case 'remove-profile':
    case 'remove-person':
    case 'remove-name':
      return true;
    case 'pause-profile':
      return true;
    case 'resume-profile':
      return false;
    case 'settings':
      return (Object.keys(change.patch) as SettingKey[]).some((k) =>
        loosensSetting(k, settings[k], change.patch[k] as never),
      );
  }
}

/** What a change is about, so two changes of the same thing replace each other. */
export function targetOf(change: Change): string {
  switch (change.kind) {
    case 'remove-profile':
    case 'pause-profile':
      return `${change.kind}:${change.profileId}`;
    case 'resume-profile':
      // Resuming answers a waiting pause of the same profile.
      return `pause-profile:${change.profileId}`;
    case 'remove-person':
      return `${change.kind}:${change.personId}`;
    case 'remove-name':
      return `${change.kind}:${change.personId}:${change.name}`;
    case 'settings':
      return `settings:${Object.keys(change.patch).sort().join(',')}`;
  }
}

/** Applies one change to the list and settings now, whatever it is. */
export function applyChange(state: CommitState, change: Change): CommitState {
  const edit = (result: EditResult) => ({ ...state, list: result.list });
  switch (change.kind) {
    case 'remove-profile':
      return edit(removeProfile(state.list, change.profileId));
    case 'pause-profile':
    case 'resume-profile':
      return edit(setProfilePaused(state.list, change.profileId, change.kind === 'pause-profile'));
    case 'remove-person':
      return edit(removePerson(state.list, change.personId));
    case 'remove-name':
      return edit(removeName(state.list, change.personId, change.name));
    case 'settings':
      return { ...state, settings: { ...state.settings, ...change.patch } };
  }
}

/** Splits a settings patch into one change per key, so each is judged on its own. */
function splitSettings(change: Change): Change[] {
  if (change.kind !== 'settings') return [change];
  return Object.entries(change.patch).map(([k, v]) => ({ kind: 'settings', patch: { [k]: v } }));
}

/**
 * Commits a change: tightening parts apply now, loosening parts are scheduled for
 * `now + coolingOffMs` (or apply now when there is no cooling-off). A new change about
 * the same thing replaces one already waiting.
 */
export function commitChange(
  state: CommitState,
  change: Change,
  now: number,
): { state: CommitState; scheduled: PendingChange[] } {
  const scheduled: PendingChange[] = [];
  let next = state;
  for (const part of splitSettings(change)) {
    const target = targetOf(part);
    next = { ...next, pending: next.pending.filter((p) => targetOf(p.change) !== target) };
    if (next.settings.coolingOffMs > 0 && isLoosening(part, next.settings)) {
      const pending: PendingChange = {
        id: globalThis.crypto.randomUUID(),
        change: part as PendingChangeKind,
        createdAt: now,
        applyAt: now + next.settings.coolingOffMs,
      };
      scheduled.push(pending);
      next = { ...next, pending: [...next.pending, pending] };
    } else {
      next = applyChange(next, part);
    }
  }
  return { state: next, scheduled };
}

/** Applies every pending change whose time has come, oldest first; keeps the rest. */
export function applyDue(state: CommitState, now: number): { state: CommitState; applied: PendingChange[] } {
  const due = state.pending.filter((p) => p.applyAt <= now).sort((a, b) => a.applyAt - b.applyAt);
  if (due.length === 0) return { state, applied: [] };
  let next: CommitState = { ...state, pending: state.pending.filter((p) => p.applyAt > now) };
  for (const p of due) next = applyChange(next, p.change);
  return { state: next, applied: due };
}

/** Cancels a scheduled change; nothing else changes. */
export function cancelPending(pending: readonly PendingChange[], id: string): PendingChange[] {
  return pending.filter((p) => p.id !== id);
}
