import { configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportAll } from '../../../entrypoints/options/data-actions';
import { DataSection } from '../../../entrypoints/options/data-section';
import { addReflection, clearAllData, listReflections } from '../../../utils/db';
import { addProfile } from '../../../utils/list-edits';
import type { Settings } from '../../../utils/model';
import {
  DEFAULT_SETTINGS,
  getList,
  getPendingChanges,
  getSettings,
  saveList,
  updateSettings,
} from '../../../utils/settings';
import { syncNow } from '../../../utils/sync';
import { answerAsBackground } from '../../support/background-answers';

// Several suites share two cores; give storage and IndexedDB round trips room.
configure({ asyncUtilTimeout: 5000 });

const HOUR = 3_600_000;

async function seedData() {
  const { list } = addProfile(
    { people: [] },
    { platform: 'instagram', key: 'alex', handle: '@alex', url: 'https://www.instagram.com/alex/' },
    [],
  );
  await saveList(list);
  await addReflection({ text: 'Kept this one', source: 'journal' });
}

function choose(text: string, name = 'backup.json') {
  const input = screen.getByLabelText('Backup file') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'application/json' })],
    configurable: true,
  });
  fireEvent.change(input);
}

function renderWith(settings: Partial<Settings> = {}) {
  return render(<DataSection settings={{ ...DEFAULT_SETTINGS, ...settings }} />);
}

describe('Your data', () => {
  it('imports an exported file back into an empty browser: same list, same journal', async () => {
    await seedData();
    const file = await exportAll();
    const listBefore = await getList();
    await clearAllData();
    await saveList({ people: [] });
    renderWith();
    choose(file);
    await screen.findByText('In this file: people 1, reflections 1, history entries 0.');
    fireEvent.click(screen.getByLabelText('Replace what is here'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported. Everything from the file is here now.');
    expect(await getList()).toEqual(listBefore);
    expect((await listReflections()).map((r) => r.text)).toEqual(['Kept this one']);
  });

  it.each([
    ['not JSON', 'hello'],
    ['truncated', '{"format":"breathing-room-backup","version":1,"list":{"peo'],
    ['another app', '{"foo":1}'],
  ])('refuses a file that is %s with a message, writing nothing', async (_name, text) => {
    await seedData();
    renderWith();
    choose(text);
    await waitFor(() => expect(document.querySelector('.field-error')?.textContent).toBeTruthy());
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    expect((await getList()).people).toHaveLength(1);
    expect(await listReflections()).toHaveLength(1);
  });

  it('with a cooling-off, offers only merge', async () => {
    await seedData();
    const file = await exportAll();
    renderWith({ coolingOffMs: HOUR });
    choose(file);
    await screen.findByText(/In this file/);
    expect((screen.getByLabelText('Replace what is here') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Add to what is here') as HTMLInputElement).checked).toBe(true);
  });

  it('deletes everything after asking once, the synced copy too', async () => {
    answerAsBackground('/options.html');
    await seedData();
    await updateSettings({ onboarded: true, countdownSeconds: 30, sync: true });
    expect(await syncNow()).toBe('synced');
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).length).toBeGreaterThan(0);
    renderWith();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(await listReflections()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText('Everything is deleted.');
    expect(await listReflections()).toEqual([]);
    expect((await getList()).people).toEqual([]);
    expect(await getSettings()).toMatchObject({
      countdownSeconds: DEFAULT_SETTINGS.countdownSeconds,
      onboarded: false,
      sync: false,
    });
    await waitFor(async () => expect(await fakeBrowser.storage.sync.get(null)).toEqual({}));
  });

  it('with a cooling-off, deleting everything empties the list only when it has passed', async () => {
    await seedData();
    await updateSettings({ coolingOffMs: HOUR, onboarded: true });
    renderWith({ coolingOffMs: HOUR });
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText(/your list empties on/);
    expect(await listReflections()).toEqual([]);
    expect((await getList()).people).toHaveLength(1);
    expect((await getPendingChanges()).map((p) => p.change.kind)).toContain('remove-person');
  });
});
