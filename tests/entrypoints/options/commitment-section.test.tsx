import { configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { CommitmentSection } from '../../../entrypoints/options/commitment-section';
import { commit } from '../../../utils/commitment-runner';
import { addProfile } from '../../../utils/list-edits';
import type { PendingChange, PeopleList, Settings } from '../../../utils/model';
import {
  getList,
  getPendingChanges,
  getSettings,
  saveList,
  updateSettings,
  watchList,
  watchPendingChanges,
  watchSettings,
} from '../../../utils/settings';

// Several suites share two cores; give storage and IndexedDB round trips room.
configure({ asyncUtilTimeout: 5000 });

const HOUR = 3_600_000;

function Harness() {
  const [state, setState] = useState<{
    list: PeopleList;
    settings: Settings;
    pending: PendingChange[];
  } | null>(null);
  useEffect(() => {
    const load = async () =>
      setState({ list: await getList(), settings: await getSettings(), pending: await getPendingChanges() });
    void load();
    const stops = [watchList(load), watchSettings(load), watchPendingChanges(load)];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
  return state && <CommitmentSection {...state} />;
}

describe('Commitment', () => {
  it('lengthening the cooling-off applies at once', async () => {
    render(<Harness />);
    fireEvent.click(await screen.findByLabelText('24 hours'));
    await waitFor(async () => expect((await getSettings()).coolingOffMs).toBe(24 * HOUR));
    expect(await getPendingChanges()).toEqual([]);
  });

  it('shortening it waits for the cooling-off in force, and is listed with its time', async () => {
    await updateSettings({ coolingOffMs: 24 * HOUR });
    render(<Harness />);
    fireEvent.click(await screen.findByLabelText('No waiting'));
    await screen.findByText('Wait before loosening: No waiting');
    expect((await getSettings()).coolingOffMs).toBe(24 * HOUR);
    const [pending] = await getPendingChanges();
    expect((pending?.applyAt ?? 0) - Date.now()).toBeGreaterThan(23 * HOUR);
    expect(screen.getByText(/^Applies on /)).toBeTruthy();
  });

  it('lists every waiting change in words, and cancels one', async () => {
    const added = addProfile(
      { people: [] },
      { platform: 'instagram', key: 'alex', handle: '@alex', url: 'https://www.instagram.com/alex/' },
      [],
    );
    await saveList(added.list);
    await updateSettings({ coolingOffMs: HOUR, strict: true });
    const ids = { personId: added.personId as string, profileId: added.profileId as string };
    await commit({ kind: 'pause-profile', ...ids });
    await commit({ kind: 'settings', patch: { strict: false } });
    render(<Harness />);
    await screen.findByText('Stop pausing Instagram · @alex');
    expect(screen.getByText('Turn strict mode off')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep as it is: Turn strict mode off' }));
    await waitFor(async () => expect(await getPendingChanges()).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText('Turn strict mode off')).toBeNull());
  });

  it('says when nothing is waiting', async () => {
    render(<Harness />);
    await screen.findByText('Nothing is waiting.');
  });
});
