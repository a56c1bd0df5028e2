import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPIRY_ALARM } from '../../utils/allowance-store';
import { setClockOffset, TEST_CLOCK_KEY } from '../../utils/clock';
import {
  alarmTime,
  applyDueAndReschedule,
  COMMITMENT_ALARM,
  scheduleCommitmentAlarm,
} from '../../utils/commitment-alarm';
import { commit } from '../../utils/commitment-runner';
import { addProfile } from '../../utils/list-edits';
import type { PendingChange } from '../../utils/model';
import { getList, getPendingChanges, saveList, updateSettings } from '../../utils/settings';

const HOUR = 3_600_000;

const change = (id: string, applyAt: number): PendingChange => ({
  id,
  createdAt: applyAt - HOUR,
  applyAt,
  change: { kind: 'remove-person', personId: 'p1' },
});

afterEach(() => setClockOffset(0));

async function seedScheduledRemoval(): Promise<number> {
  const added = addProfile(
    { people: [] },
    { platform: 'instagram', key: 'alex', handle: '@alex', url: 'https://www.instagram.com/alex/' },
    [],
  );
  await saveList(added.list);
  await updateSettings({ coolingOffMs: HOUR });
  const [pending] = await commit({ kind: 'remove-person', personId: added.personId as string });
  return pending?.applyAt as number;
}

describe('alarmTime', () => {
  it.each([
    ['an hour ahead on a true clock', 10 * HOUR, 9 * HOUR, 9 * HOUR, 10 * HOUR],
    ['an hour ahead on a clock moved a day on', 34 * HOUR, 33 * HOUR, 9 * HOUR, 10 * HOUR],
    ['already due', 5 * HOUR, 6 * HOUR, 6 * HOUR, 6 * HOUR],
  ])('%s', (_name, applyAt, clockNow, realNow, expected) => {
    expect(alarmTime(applyAt, clockNow, realNow)).toBe(expected);
  });
});

describe('scheduleCommitmentAlarm', () => {
  it('sets its own alarm for the earliest waiting change, apart from the allowance alarm', async () => {
    expect(COMMITMENT_ALARM).not.toBe(EXPIRY_ALARM);
    const soon = Date.now() + HOUR;
    const when = await scheduleCommitmentAlarm([change('b', soon + HOUR), change('a', soon)]);
    expect(when).toBeGreaterThanOrEqual(soon - 1000);
    expect(when).toBeLessThanOrEqual(soon + 1000);
    expect((await fakeBrowser.alarms.get(COMMITMENT_ALARM))?.scheduledTime).toBe(when);
  });

  it('sets the alarm on real time when a test has moved the clock', async () => {
    await fakeBrowser.storage.local.set({ [TEST_CLOCK_KEY]: 24 * HOUR });
    const applyAt = Date.now() + 25 * HOUR; // an hour from the moved clock's now
    const when = (await scheduleCommitmentAlarm([change('a', applyAt)])) as number;
    expect(Math.abs(when - (Date.now() + HOUR))).toBeLessThan(1000);
  });

  it('clears the alarm when nothing waits', async () => {
    await scheduleCommitmentAlarm([change('a', Date.now() + HOUR)]);
    expect(await scheduleCommitmentAlarm([])).toBeNull();
    expect(await fakeBrowser.alarms.get(COMMITMENT_ALARM)).toBeUndefined();
  });
});

describe('applyDueAndReschedule', () => {
  it('leaves a change that is not due yet, with the alarm set for it', async () => {
    const applyAt = await seedScheduledRemoval();
    expect(await applyDueAndReschedule()).toEqual([]);
    expect((await getList()).people).toHaveLength(1);
    const alarm = await fakeBrowser.alarms.get(COMMITMENT_ALARM);
    expect(Math.abs((alarm?.scheduledTime ?? 0) - applyAt)).toBeLessThan(1000);
  });

  it('applies the change once the clock has passed its time, and clears the alarm', async () => {
    await seedScheduledRemoval();
    await applyDueAndReschedule();
    await fakeBrowser.storage.local.set({ [TEST_CLOCK_KEY]: HOUR + 1000 });
    expect(await applyDueAndReschedule()).toHaveLength(1);
    expect((await getList()).people).toEqual([]);
    expect(await getPendingChanges()).toEqual([]);
    expect(await fakeBrowser.alarms.get(COMMITMENT_ALARM)).toBeUndefined();
  });
});
