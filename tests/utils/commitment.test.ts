import { describe, expect, it } from 'vitest';
import {
  applyDue,
  type Change,
  type CommitState,
  cancelPending,
  commitChange,
  isLoosening,
} from '../../utils/commitment';
import { addProfile, findProfile } from '../../utils/list-edits';
import type { Settings } from '../../utils/model';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 0, 10, 12);

const SETTINGS: Settings = {
  countdownSeconds: 10,
  strict: true,
  viewingCountsAsContact: true,
  startDate: null,
  goalDays: null,
  suggestions: [],
  theme: 'system',
  sync: false,
  coolingOffMs: HOUR,
  allowanceMinutes: 5,
  onboarded: true,
};

function state(coolingOffMs = HOUR): { state: CommitState; profileId: string; personId: string } {
  const added = addProfile(
    { people: [] },
    { platform: 'instagram', key: 'alex', handle: '@alex', url: 'https://www.instagram.com/alex/' },
    [],
  );
  return {
    state: { list: added.list, settings: { ...SETTINGS, coolingOffMs }, pending: [] },
    profileId: added.profileId as string,
    personId: added.personId as string,
  };
}

describe('isLoosening', () => {
  const s = SETTINGS;
  it.each<[string, Change, boolean]>([
    ['removing a profile', { kind: 'remove-profile', personId: 'a', profileId: 'p' }, true],
    ['removing a person', { kind: 'remove-person', personId: 'p' }, true],
    ['removing a searched name', { kind: 'remove-name', personId: 'p', name: 'A' }, true],
    ['pausing a profile', { kind: 'pause-profile', personId: 'a', profileId: 'p' }, true],
    ['resuming a profile', { kind: 'resume-profile', personId: 'a', profileId: 'p' }, false],
    ['lowering the countdown', { kind: 'settings', patch: { countdownSeconds: 5 } }, true],
    ['raising the countdown', { kind: 'settings', patch: { countdownSeconds: 30 } }, false],
    ['turning strict mode off', { kind: 'settings', patch: { strict: false } }, true],
    [
      'viewing no longer counting as contact',
      { kind: 'settings', patch: { viewingCountsAsContact: false } },
      true,
    ],
    ['shortening the cooling-off', { kind: 'settings', patch: { coolingOffMs: 0 } }, true],
    ['lengthening the cooling-off', { kind: 'settings', patch: { coolingOffMs: 24 * HOUR } }, false],
    ['a longer "continue" allowance', { kind: 'settings', patch: { allowanceMinutes: 30 } }, true],
    ['changing the theme', { kind: 'settings', patch: { theme: 'dark' } }, false],
    ['changing the goal', { kind: 'settings', patch: { goalDays: 30 } }, false],
  ])('%s → %s', (_name, change, loosening) => {
    expect(isLoosening(change, s)).toBe(loosening);
  });
});

describe('commitChange', () => {
  it('applies loosening changes at once when there is no cooling-off', () => {
    const { state: s, profileId, personId } = state(0);
    const { state: next, scheduled } = commitChange(s, { kind: 'remove-profile', personId, profileId }, NOW);
    expect(scheduled).toEqual([]);
    expect(next.list.people).toEqual([]);
  });

  it('schedules a loosening change for now + cooling-off, leaving the list as it is', () => {
    const { state: s, profileId, personId } = state(HOUR);
    const { state: next, scheduled } = commitChange(s, { kind: 'pause-profile', personId, profileId }, NOW);
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]).toMatchObject({ applyAt: NOW + HOUR, createdAt: NOW });
    expect(findProfile(next.list, profileId)?.profile.paused).toBe(false);
    expect(next.pending).toEqual(scheduled);
  });

  it('applies tightening at once even with a cooling-off', () => {
    const { state: s } = state(24 * HOUR);
    const { state: next, scheduled } = commitChange(
      s,
      { kind: 'settings', patch: { countdownSeconds: 60 } },
      NOW,
    );
    expect(scheduled).toEqual([]);
    expect(next.settings.countdownSeconds).toBe(60);
  });

  it('splits a mixed settings change: tightening now, loosening later', () => {
    const { state: s } = state(HOUR);
    const change: Change = { kind: 'settings', patch: { countdownSeconds: 60, strict: false } };
    const { state: next, scheduled } = commitChange(s, change, NOW);
    expect(next.settings).toMatchObject({ countdownSeconds: 60, strict: true });
    expect(scheduled.map((p) => p.change)).toEqual([{ kind: 'settings', patch: { strict: false } }]);
  });

  it('uses the cooling-off in force when shortening the cooling-off itself', () => {
    const { state: s } = state(24 * HOUR);
    const { scheduled } = commitChange(s, { kind: 'settings', patch: { coolingOffMs: 0 } }, NOW);
    expect(scheduled[0]?.applyAt).toBe(NOW + 24 * HOUR);
  });

  it('replaces a waiting change about the same thing', () => {
    const { state: s } = state(HOUR);
    const first = commitChange(s, { kind: 'settings', patch: { countdownSeconds: 5 } }, NOW).state;
    const second = commitChange(
      first,
      { kind: 'settings', patch: { countdownSeconds: 0 } },
      NOW + 1000,
    ).state;
    expect(second.pending).toHaveLength(1);
    expect(second.pending[0]?.change).toEqual({ kind: 'settings', patch: { countdownSeconds: 0 } });
  });

  it('a tightening change drops a waiting loosening one about the same thing', () => {
    const { state: s, profileId, personId } = state(HOUR);
    const paused = commitChange(s, { kind: 'pause-profile', personId, profileId }, NOW).state;
    const resumed = commitChange(paused, { kind: 'resume-profile', personId, profileId }, NOW).state;
    expect(resumed.pending).toEqual([]);
  });
});

describe('applyDue and cancelPending', () => {
  it('applies nothing before the time and everything due at the time', () => {
    const { state: s, profileId, personId } = state(HOUR);
    const waiting = commitChange(s, { kind: 'remove-profile', personId, profileId }, NOW).state;
    expect(applyDue(waiting, NOW + HOUR - 1).applied).toEqual([]);
    const due = applyDue(waiting, NOW + HOUR);
    expect(due.applied).toHaveLength(1);
    expect(due.state.list.people).toEqual([]);
    expect(due.state.pending).toEqual([]);
  });

  it('applies due changes oldest first', () => {
    const { state: s } = state(HOUR);
    const a = commitChange(s, { kind: 'settings', patch: { countdownSeconds: 5 } }, NOW).state;
    const b = commitChange(a, { kind: 'settings', patch: { strict: false } }, NOW + 10).state;
    const due = applyDue(b, NOW + 2 * HOUR);
    expect(due.state.settings).toMatchObject({ countdownSeconds: 5, strict: false });
    expect(due.applied.map((p) => p.applyAt)).toEqual([NOW + HOUR, NOW + HOUR + 10]);
  });

  it('applying a change whose subject is already gone leaves the list as it is', () => {
    const { state: s, profileId, personId } = state(HOUR);
    const waiting = commitChange(s, { kind: 'pause-profile', personId, profileId }, NOW).state;
    const emptied = { ...waiting, list: { people: [] } };
    expect(applyDue(emptied, NOW + HOUR).state.list).toEqual({ people: [] });
  });

  it('cancels one waiting change', () => {
    const { state: s, profileId, personId } = state(HOUR);
    const waiting = commitChange(s, { kind: 'remove-profile', personId, profileId }, NOW).state;
    const id = waiting.pending[0]?.id as string;
    expect(cancelPending(waiting.pending, id)).toEqual([]);
    expect(cancelPending(waiting.pending, 'other')).toHaveLength(1);
  });
});
