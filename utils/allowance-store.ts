/**
 * The background's side of allowances: storage.local (so the content script can see that
 * one exists), a declarativeNetRequest session rule per allowance (so the network rules let
 * that tab through), and an alarm that ends them on time. Only the background calls this.
 */
import { browser } from 'wxt/browser';
import {
  ALLOWANCES_KEY,
  type Allowance,
  allowRule,
  grant,
  parseAllowances,
  partitionExpired,
} from './allowance';
import { isAllowanceRuleId, type RuleSetApi, syncRuleSet } from './network-rules';

/** The alarm that fires when the soonest allowance ends. */
export const EXPIRY_ALARM = 'allowance-expiry';

const sessionRules: RuleSetApi = {
  get: () => browser.declarativeNetRequest.getSessionRules(),
  update: (diff) => browser.declarativeNetRequest.updateSessionRules(diff as never),
};

// Grants, sweeps and tab closes read-modify-write one key; run them one after another.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/** The stored allowances (expired ones included until the next sweep). */
export async function readAllowances(): Promise<Allowance[]> {
  const stored = await browser.storage.local.get(ALLOWANCES_KEY);
  return parseAllowances(stored[ALLOWANCES_KEY]);
}

/** Makes rules, storage and the expiry alarm agree with `allowances`. */
async function commit(allowances: Allowance[]): Promise<void> {
  await syncRuleSet(sessionRules, allowances.map(allowRule), isAllowanceRuleId);
  await browser.storage.local.set({ [ALLOWANCES_KEY]: allowances });
  const soonest = Math.min(...allowances.map((a) => a.until));
  if (Number.isFinite(soonest)) await browser.alarms.create(EXPIRY_ALARM, { when: soonest });
  else await browser.alarms.clear(EXPIRY_ALARM);
}

/** Lets `tabId` show `url` for `minutes` from `now`; expired allowances are dropped on the way. */
export function grantAllowance(tabId: number, url: string, now: number, minutes: number): Promise<Allowance> {
  return serially(async () => {
    const { allowances, granted } = grant(await readAllowances(), tabId, url, now, minutes);
    await commit(partitionExpired(allowances, now).kept);
    return granted;
  });
}

/** Ends the allowances whose time is up (their rules go first, then the record). */
export function sweepAllowances(now: number): Promise<void> {
  return serially(async () => {
    const current = await readAllowances();
    const { kept, expired } = partitionExpired(current, now);
    if (expired.length > 0) await commit(kept);
  });
}

/** Drops a closed tab's allowances. */
export function dropTabAllowances(tabId: number): Promise<void> {
  return serially(async () => {
    const current = await readAllowances();
    const kept = current.filter((a) => a.tabId !== tabId);
    if (kept.length !== current.length) await commit(kept);
  });
}

/** Ends every allowance (a new browser session: tab ids and session rules start afresh). */
export function clearAllowances(): Promise<void> {
  return serially(() => commit([]));
}
