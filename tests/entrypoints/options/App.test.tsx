import { configure, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../entrypoints/options/App';
import { commit } from '../../../utils/commitment-runner';
import { listEvents } from '../../../utils/db';
import { addProfile } from '../../../utils/list-edits';
import { getList, getSettings, saveList, updateSettings } from '../../../utils/settings';

// Several suites share two cores; give storage and IndexedDB round trips room.
configure({ asyncUtilTimeout: 5000 });

const HOUR = 3_600_000;

afterEach(() => {
  location.hash = '';
});

describe('options App', () => {
  it('welcomes a new user with onboarding', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'Welcome to Breathing Room' });
    expect(screen.getByLabelText('Profile link')).toBeTruthy();
    expect(screen.getByLabelText('No-contact since')).toBeTruthy();
  });

  it('finishing onboarding saves the start date and countdown, then shows the list', async () => {
    render(<App />);
    const done = await screen.findByRole('button', { name: 'Done' });
    done.click();
    await screen.findByRole('heading', { name: 'People and profiles' });
    await waitFor(() => expect(location.hash).toBe('#people'));
    const settings = await getSettings();
    expect(settings).toMatchObject({ onboarded: true, countdownSeconds: 10 });
    expect(new Date(settings.startDate ?? 0).toDateString()).toBe(new Date().toDateString());
    expect((await listEvents()).map((e) => e.type)).toEqual(['start-date-set']);
  });

  it('opens the section the address names (the popup links #journal)', async () => {
    await updateSettings({ onboarded: true });
    location.hash = '#journal';
    render(<App />);
    await screen.findByRole('heading', { name: 'Journal' });
    expect(screen.getByRole('link', { name: 'Journal' }).getAttribute('aria-current')).toBe('page');
  });

  it('applies changes whose cooling-off has passed when it opens', async () => {
    const added = addProfile(
      { people: [] },
      { platform: 'instagram', key: 'alex', handle: '@alex', url: 'https://www.instagram.com/alex/' },
      [],
    );
    await saveList(added.list);
    await updateSettings({ onboarded: true, coolingOffMs: HOUR });
    await commit(
      { kind: 'remove-person', personId: added.personId as string },
      Date.now() - 2 * HOUR, // scheduled two hours ago, so due an hour ago
    );
    render(<App />);
    await screen.findByText(/No one on your list yet/);
    await waitFor(async () => expect((await getList()).people).toEqual([]));
  });

  it('follows the theme setting', async () => {
    await updateSettings({ onboarded: true, theme: 'dark' });
    render(<App />);
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('dark'));
  });
});
