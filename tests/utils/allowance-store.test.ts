import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALLOWANCE_RULE_BASE, ALLOWANCES_KEY } from '../../utils/allowance';
import {
  clearAllowances,
  dropTabAllowances,
  EXPIRY_ALARM,
  grantAllowance,
  readAllowances,
  sweepAllowances,
} from '../../utils/allowance-store';

const URL_A = 'https://www.instagram.com/alex';
const MIN = 60_000;

/** WXT's fake browser has no declarativeNetRequest; this one keeps session rules atomically. */
function installSessionRules() {
  let rules: { id: number; condition: { tabIds?: number[] } }[] = [];
  const dnr = {
    getSessionRules: async () => structuredClone(rules),
    updateSessionRules: async (diff: { removeRuleIds: number[]; addRules: typeof rules }) => {
      rules = [...rules.filter((r) => !diff.removeRuleIds.includes(r.id)), ...diff.addRules];
    },
  };
  Object.assign(fakeBrowser, { declarativeNetRequest: dnr });
  return () => rules;
}

let sessionRules: ReturnType<typeof installSessionRules>;
beforeEach(() => {
  sessionRules = installSessionRules();
});

describe('allowance store', () => {
  it('granting records the allowance, adds a session rule for that tab and sets the expiry alarm', async () => {
    await grantAllowance(7, URL_A, 1000, 5);
    expect(await readAllowances()).toEqual([
      { tabId: 7, url: URL_A, until: 1000 + 5 * MIN, ruleId: ALLOWANCE_RULE_BASE },
    ]);
    expect(sessionRules()).toMatchObject([{ id: ALLOWANCE_RULE_BASE, condition: { tabIds: [7] } }]);
    expect((await fakeBrowser.alarms.get(EXPIRY_ALARM))?.scheduledTime).toBe(1000 + 5 * MIN);
  });

  it('sweeping after the time is up removes the rule and the record', async () => {
    await grantAllowance(7, URL_A, 0, 1);
    await grantAllowance(8, URL_A, 0, 10);
    await sweepAllowances(2 * MIN);
    expect((await readAllowances()).map((a) => a.tabId)).toEqual([8]);
    expect(sessionRules().map((r) => r.condition.tabIds)).toEqual([[8]]);
    expect((await fakeBrowser.alarms.get(EXPIRY_ALARM))?.scheduledTime).toBe(10 * MIN);
    await sweepAllowances(10 * MIN);
    expect(await readAllowances()).toEqual([]);
    expect(sessionRules()).toEqual([]);
    expect(await fakeBrowser.alarms.get(EXPIRY_ALARM)).toBeUndefined();
  });

  it('sweeping before the time is up changes nothing', async () => {
    await grantAllowance(7, URL_A, 0, 5);
    await sweepAllowances(5 * MIN - 1);
    expect(await readAllowances()).toHaveLength(1);
    expect(sessionRules()).toHaveLength(1);
  });

  it('closing the tab drops its allowances only', async () => {
    await grantAllowance(7, URL_A, 0, 5);
    await grantAllowance(8, URL_A, 0, 5);
    await dropTabAllowances(7);
    expect((await readAllowances()).map((a) => a.tabId)).toEqual([8]);
    expect(sessionRules()).toHaveLength(1);
  });

  it('concurrent grants from twenty tabs all land', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, tab) => grantAllowance(tab, URL_A, 0, 5)));
    expect(await readAllowances()).toHaveLength(20);
    expect(new Set(sessionRules().map((r) => r.id)).size).toBe(20);
  });

  it('a new browser session starts without allowances', async () => {
    await grantAllowance(7, URL_A, 0, 5);
    await clearAllowances();
    expect(await readAllowances()).toEqual([]);
    expect(sessionRules()).toEqual([]);
  });

  it('ignores a malformed stored value', async () => {
    await fakeBrowser.storage.local.set({ [ALLOWANCES_KEY]: 'garbage' });
    expect(await readAllowances()).toEqual([]);
  });
});
