import { describe, expect, it } from 'vitest';
import { applyDueChanges, cancelScheduled, commit, nextApplyAt } from '../../utils/commitment-runner';
import { addProfile, findProfile } from '../../utils/list-edits';
import { getList, getPendingChanges, getSettings, saveList, updateSettings } from '../../utils/settings';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 0, 10, 12);

async function seed(coolingOffMs: number) {
  const added = addProfile(
    { people: [] },
    { platform: 'instagram', key: 'alex', handle: '@alex', url: 'https://www.instagram.com/alex/' },
    [],
  );
  await saveList(added.list);
  await updateSettings({ coolingOffMs, countdownSeconds: 10 });
  return { personId: added.personId as string, profileId: added.profileId as string };
}

describe('commitment runner', () => {
  it('applies a loosening change at once without cooling-off', async () => {
    const { personId, profileId } = await seed(0);
    expect(await commit({ kind: 'pause-profile', personId, profileId }, NOW)).toEqual([]);
    expect(findProfile(await getList(), profileId)?.profile.paused).toBe(true);
  });

  it('stores a scheduled change and applies it only once due', async () => {
    const { personId, profileId } = await seed(HOUR);
    const scheduled = await commit({ kind: 'remove-profile', personId, profileId }, NOW);
    expect(scheduled).toHaveLength(1);
    expect(await getPendingChanges()).toEqual(scheduled);
    expect(await applyDueChanges(NOW + HOUR - 1)).toEqual([]);
    expect((await getList()).people).toHaveLength(1);
    expect(await applyDueChanges(NOW + HOUR)).toHaveLength(1);
    expect((await getList()).people).toEqual([]);
    expect(await getPendingChanges()).toEqual([]);
  });

  it('applies a due settings change to the stored settings', async () => {
    await seed(HOUR);
    await commit({ kind: 'settings', patch: { countdownSeconds: 0 } }, NOW);
    expect((await getSettings()).countdownSeconds).toBe(10);
    await applyDueChanges(NOW + HOUR);
    expect((await getSettings()).countdownSeconds).toBe(0);
  });

  it('a cancelled change never applies', async () => {
    const { personId, profileId } = await seed(HOUR);
    const [pending] = await commit({ kind: 'remove-profile', personId, profileId }, NOW);
    await cancelScheduled(pending?.id as string);
    expect(await applyDueChanges(NOW + 2 * HOUR)).toEqual([]);
    expect((await getList()).people).toHaveLength(1);
  });

  it('two quick commits both land', async () => {
    await seed(0);
    await Promise.all([
      commit({ kind: 'settings', patch: { strict: true } }, NOW),
      commit({ kind: 'settings', patch: { countdownSeconds: 30 } }, NOW),
    ]);
    expect(await getSettings()).toMatchObject({ strict: true, countdownSeconds: 30 });
  });

  it('tells when the next change is due', () => {
    const change = { kind: 'remove-person', personId: 'p' } as const;
    expect(nextApplyAt([])).toBeNull();
    expect(
      nextApplyAt([
        { id: 'a', createdAt: 0, applyAt: 5, change },
        { id: 'b', createdAt: 0, applyAt: 3, change },
      ]),
    ).toBe(3);
  });
});
