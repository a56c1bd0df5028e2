/**
 * Keeps the browser's dynamic redirect rules equal to the rules compiled from the list.
 * Layer 1 of pausing: the browser applies these before any request leaves, even while the
 * background sleeps, so they must never be missing. Updates therefore remove and add in
 * ONE updateDynamicRules call (atomic), and only the rules that changed.
 */

/** Rule ids at or above this belong to allowances (session rules), never to the list. */
export const LIST_RULE_ID_LIMIT = 100_000;

interface IdentifiedRule {
  id: number;
}

/** What to pass to updateDynamicRules so `current` becomes `next`. */
export interface RuleDiff<R> {
  removeRuleIds: number[];
  addRules: R[];
}

/** Whether a rule id belongs to the list's redirect rules. */
export const isListRuleId = (id: number): boolean => id < LIST_RULE_ID_LIMIT;

/** Whether a rule id belongs to an allowance. */
export const isAllowanceRuleId = (id: number): boolean => id >= LIST_RULE_ID_LIMIT;

/**
 * Diffs by id: a rule is kept when every field we compile equals the installed one
 * (browsers may echo back extra defaults, which are ignored); otherwise it is replaced.
 * Installed rules whose ids we do not `own` are left alone.
 */
export function diffRules<R extends IdentifiedRule>(
  current: IdentifiedRule[],
  next: R[],
  owns: (id: number) => boolean = isListRuleId,
): RuleDiff<R> {
  const installed = new Map(current.filter((r) => owns(r.id)).map((r) => [r.id, r]));
  const wanted = new Map(next.map((r) => [r.id, r]));
  const removeRuleIds: number[] = [];
  const addRules: R[] = [];
  for (const [id, rule] of installed) {
    const target = wanted.get(id);
    if (!target || !containsAll(rule, target)) removeRuleIds.push(id);
  }
  for (const [id, rule] of wanted) {
    const old = installed.get(id);
    if (!old || !containsAll(old, rule)) addRules.push(rule);
  }
  return { removeRuleIds, addRules };
}

/** Whether `actual` has every value of `expected` (deeply; arrays must match exactly). */
function containsAll(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, i) => containsAll(actual[i], item))
    );
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    const record = actual as Record<string, unknown>;
    return Object.entries(expected).every(
      ([key, value]) => value === undefined || containsAll(record[key], value),
    );
  }
  return Object.is(actual, expected);
}

/**
 * Wraps an async task so bursts of calls collapse: while one run is in flight, any number
 * of further calls share a single follow-up run (which reads the newest state itself).
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const run = (): Promise<void> => {
    if (running === null) {
      running = task().finally(() => {
        running = null;
      });
      return running;
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return run();
      });
    return queued;
  };
  return run;
}

/** The part of declarativeNetRequest a rule set needs: read it, change it atomically. */
export interface RuleSetApi {
  get(): Promise<IdentifiedRule[]>;
  update(diff: RuleDiff<unknown>): Promise<void>;
}

/** Makes the owned rules in `api` equal `next` with one atomic update; returns what changed. */
export async function syncRuleSet<R extends IdentifiedRule>(
  api: RuleSetApi,
  next: R[],
  owns: (id: number) => boolean,
): Promise<RuleDiff<R>> {
  const diff = diffRules(await api.get(), next, owns);
  if (diff.removeRuleIds.length > 0 || diff.addRules.length > 0) await api.update(diff);
  return diff;
}
