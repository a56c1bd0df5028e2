import { describe, expect, it } from 'vitest';
import {
  coalesce,
  diffRules,
  isAllowanceRuleId,
  isListRuleId,
  type RuleDiff,
  type RuleSetApi,
  syncRuleSet,
} from '../../utils/network-rules';

interface TestRule {
  id: number;
  priority: number;
  condition: { regexFilter: string; resourceTypes: string[] };
  action: { type: string };
}

const rule = (id: number, regex: string): TestRule => ({
  id,
  priority: 1,
  condition: { regexFilter: regex, resourceTypes: ['main_frame'] },
  action: { type: 'redirect' },
});

/** A rule set that applies each update atomically, like the browser, and records the calls. */
function fakeRuleSet(initial: { id: number }[] = []) {
  let rules = [...initial];
  const calls: RuleDiff<unknown>[] = [];
  const api: RuleSetApi = {
    get: async () => structuredClone(rules),
    update: async (diff) => {
      calls.push(diff);
      const removed = new Set(diff.removeRuleIds);
      const next = [...rules.filter((r) => !removed.has(r.id)), ...(diff.addRules as { id: number }[])];
      if (new Set(next.map((r) => r.id)).size !== next.length) throw new Error('duplicate rule id');
      rules = next;
    },
  };
  return { api, calls, rules: () => rules };
}

describe('diffRules', () => {
  it('adds new rules, removes vanished ones, replaces changed ones, keeps equal ones', () => {
    const current = [rule(1, 'a'), rule(2, 'b'), rule(3, 'c')];
    const next = [rule(1, 'a'), rule(2, 'B'), rule(4, 'd')];
    const diff = diffRules(current, next);
    expect(diff.removeRuleIds.sort()).toEqual([2, 3]);
    expect(diff.addRules.map((r) => r.id).sort()).toEqual([2, 4]);
  });

  it('ignores defaults the browser echoes back', () => {
    const echoed = {
      ...rule(1, 'a'),
      condition: { ...rule(1, 'a').condition, isUrlFilterCaseSensitive: false },
    };
    expect(diffRules([echoed], [rule(1, 'a')])).toEqual({ removeRuleIds: [], addRules: [] });
  });

  it('notices a changed array, even a shorter one', () => {
    const wider = {
      ...rule(1, 'a'),
      condition: { regexFilter: 'a', resourceTypes: ['main_frame', 'sub_frame'] },
    };
    expect(diffRules([wider], [rule(1, 'a')]).addRules).toHaveLength(1);
  });

  it('leaves rules it does not own alone', () => {
    const allowance = { id: 100_000 };
    expect(diffRules([allowance], [rule(1, 'a')], isListRuleId).removeRuleIds).toEqual([]);
    expect(diffRules([rule(1, 'a')], [], isAllowanceRuleId).removeRuleIds).toEqual([]);
  });
});

describe('syncRuleSet', () => {
  it('replaces changed rules in ONE update, so there is never a moment without them', async () => {
    const set = fakeRuleSet([rule(1, 'alex'), rule(2, 'sam')]);
    await syncRuleSet(set.api, [rule(1, 'alex|jo'), rule(2, 'sam')], isListRuleId);
    expect(set.calls).toHaveLength(1);
    expect(set.calls[0]).toEqual({ removeRuleIds: [1], addRules: [rule(1, 'alex|jo')] });
    expect(set.rules()).toEqual(expect.arrayContaining([rule(1, 'alex|jo'), rule(2, 'sam')]));
  });

  it('does nothing when the rules already match', async () => {
    const set = fakeRuleSet([rule(1, 'alex')]);
    await syncRuleSet(set.api, [rule(1, 'alex')], isListRuleId);
    expect(set.calls).toEqual([]);
  });

  it('removes every list rule when the list empties', async () => {
    const set = fakeRuleSet([rule(1, 'alex'), rule(2, 'sam'), { id: 100_001 }]);
    await syncRuleSet(set.api, [], isListRuleId);
    expect(set.rules()).toEqual([{ id: 100_001 }]);
  });
});

describe('coalesce', () => {
  it('collapses a burst into the running task plus one follow-up', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const task = coalesce(async () => {
      runs += 1;
      if (runs === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = task();
    const burst = Array.from({ length: 10 }, () => task());
    expect(runs).toBe(1);
    release();
    await Promise.all([first, ...burst]);
    expect(runs).toBe(2);
    await task();
    expect(runs).toBe(3);
  });

  it('still runs the follow-up when the first run fails', async () => {
    let runs = 0;
    const task = coalesce(async () => {
      runs += 1;
      if (runs === 1) throw new Error('boom');
    });
    const first = task();
    const second = task();
    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toBeUndefined();
    expect(runs).toBe(2);
  });
});
