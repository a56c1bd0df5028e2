/**
 * Loads and saves what utils/commitment.ts decides. The options page commits and cancels
 * changes here; the background calls `applyDueChanges` on startup and on an alarm set for
 * `nextApplyAt`, so a scheduled change applies on time even with no page open.
 */
import { currentTime } from './clock';
import { applyDue, type Change, type CommitState, cancelPending, commitChange } from './commitment';
import type { EditResult } from './list-edits';
import type { PendingChange, PeopleList } from './model';
import {
  getList,
  getPendingChanges,
  getSettings,
  saveList,
  savePendingChanges,
  writeSettings,
} from './settings';

async function load(): Promise<CommitState> {
  const [list, settings, pending] = await Promise.all([getList(), getSettings(), getPendingChanges()]);
  return { list, settings, pending };
}

async function save(before: CommitState, after: CommitState): Promise<void> {
  await Promise.all([
    after.list !== before.list ? saveList(after.list) : undefined,
    after.settings !== before.settings ? writeSettings(after.settings) : undefined,
    after.pending !== before.pending ? savePendingChanges(after.pending) : undefined,
  ]);
}

// One read-modify-write at a time from this context, so two quick clicks never lose one.
let queue: Promise<unknown> = Promise.resolve();
function serialise<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/** Applies every scheduled change that is due; resolves with those applied. */
export function applyDueChanges(now?: number): Promise<PendingChange[]> {
  return serialise(async () => {
    const at = now ?? (await currentTime());
    const before = await load();
    const { state, applied } = applyDue(before, at);
    if (applied.length > 0) await save(before, state);
    return applied;
  });
}

/** Commits a change: applies it now or schedules it; resolves with anything scheduled. */
export function commit(change: Change, now?: number): Promise<PendingChange[]> {
  return serialise(async () => {
    const at = now ?? (await currentTime());
    const before = await load();
    const { state, scheduled } = commitChange(before, change, at);
    await save(before, state);
    return scheduled;
  });
}

/** Cancels a scheduled change. */
export function cancelScheduled(id: string): Promise<void> {
  return serialise(async () => {
    await savePendingChanges(cancelPending(await getPendingChanges(), id));
  });
}

/** When the next scheduled change is due (for an alarm), or null when none waits. */
export function nextApplyAt(pending: readonly PendingChange[]): number | null {
  return pending.reduce<number | null>((min, p) => (min === null || p.applyAt < min ? p.applyAt : min), null);
}

/** Applies an edit that never loosens (add, rename, move, note) to the stored list at once. */
export function editList(edit: (list: PeopleList) => EditResult): Promise<EditResult> {
  return serialise(async () => {
    const before = await getList();
    const result = edit(before);
    if (!result.error && result.list !== before) await saveList(result.list);
    return result;
  });
}
