import { configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { SettingsSection } from '../../../entrypoints/options/settings-section';
import { listEvents } from '../../../utils/db';
import type { PendingChange, Settings } from '../../../utils/model';
import {
  DEFAULT_SETTINGS,
  getPendingChanges,
  getSettings,
  updateSettings,
  watchPendingChanges,
  watchSettings,
} from '../../../utils/settings';

// Several suites share two cores; give storage and IndexedDB round trips room.
configure({ asyncUtilTimeout: 5000 });

const HOUR = 3_600_000;

function Harness() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [pending, setPending] = useState<PendingChange[]>([]);
  useEffect(() => {
    void getSettings().then(setSettings);
    const stops = [watchSettings(setSettings), watchPendingChanges(setPending)];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
  return settings && <SettingsSection settings={settings} pending={pending} />;
}

async function setCountdown(value: string) {
  const field = await screen.findByLabelText(/Countdown before/);
  fireEvent.input(field, { target: { value } });
  fireEvent.change(field, { target: { value } });
}

describe('Settings', () => {
  it('raises the countdown at once, even with a cooling-off', async () => {
    await updateSettings({ coolingOffMs: HOUR });
    render(<Harness />);
    await setCountdown('45');
    await waitFor(async () => expect((await getSettings()).countdownSeconds).toBe(45));
  });

  it('keeps the countdown within 0–120', async () => {
    render(<Harness />);
    await setCountdown('500');
    await waitFor(async () => expect((await getSettings()).countdownSeconds).toBe(120));
  });

  it('lowering the countdown with a cooling-off is scheduled, shown with its time, and cancellable', async () => {
    await updateSettings({ coolingOffMs: HOUR, countdownSeconds: 30 });
    render(<Harness />);
    await setCountdown('5');
    await screen.findByText(/This change applies on/);
    expect((await getSettings()).countdownSeconds).toBe(30);
    fireEvent.click(screen.getByRole('button', { name: 'Keep as it is' }));
    await waitFor(async () => expect(await getPendingChanges()).toEqual([]));
  });

  it('turning strict mode on is immediate; turning it off waits', async () => {
    await updateSettings({ coolingOffMs: HOUR, strict: false });
    render(<Harness />);
    fireEvent.click(await screen.findByLabelText('Strict mode'));
    await waitFor(async () => expect((await getSettings()).strict).toBe(true));
    fireEvent.click(screen.getByLabelText('Strict mode'));
    await waitFor(async () => expect(await getPendingChanges()).toHaveLength(1));
    expect((await getSettings()).strict).toBe(true);
    expect((screen.getByLabelText('Strict mode') as HTMLInputElement).checked).toBe(true);
  });

  it('sets the start date and records it for the streak', async () => {
    render(<Harness />);
    const field = await screen.findByLabelText('No-contact since');
    fireEvent.change(field, { target: { value: '2026-01-02' } });
    await waitFor(async () => expect((await getSettings()).startDate).toBe(new Date(2026, 0, 2).getTime()));
    await waitFor(async () => expect((await listEvents()).map((e) => e.type)).toEqual(['start-date-set']));
  });

  it('sets and clears the goal', async () => {
    render(<Harness />);
    const field = await screen.findByLabelText('Personal goal (days, optional)');
    fireEvent.change(field, { target: { value: '30' } });
    await waitFor(async () => expect((await getSettings()).goalDays).toBe(30));
    fireEvent.change(field, { target: { value: '' } });
    await waitFor(async () => expect((await getSettings()).goalDays).toBeNull());
  });

  it('saves suggestions, refusing a link that is not http(s)', async () => {
    render(<Harness />);
    fireEvent.input(await screen.findByLabelText('What to do'), { target: { value: 'Call Sam' } });
    fireEvent.input(screen.getByLabelText('Link (optional)'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save suggestions' }));
    await screen.findByText('Only web links (https:// or http://) can be used here.');
    expect((await getSettings()).suggestions).toEqual([]);
    fireEvent.input(screen.getByLabelText('Link (optional)'), { target: { value: 'tel:123' } });
    fireEvent.input(screen.getByLabelText('Link (optional)'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save suggestions' }));
    await waitFor(async () => expect((await getSettings()).suggestions).toEqual([{ text: 'Call Sam' }]));
  });

  it('offers at most five suggestions', async () => {
    render(<Harness />);
    const more = await screen.findByRole('button', { name: 'Add another' });
    for (let i = 0; i < 4; i++) fireEvent.click(more);
    expect(screen.getAllByLabelText('What to do')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Add another' })).toBeNull();
  });

  it('applies the theme', async () => {
    render(<Harness />);
    fireEvent.change(await screen.findByLabelText('Appearance'), { target: { value: 'dark' } });
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    await waitFor(async () => expect((await getSettings()).theme).toBe('dark'));
  });

  it('turns sync on', async () => {
    render(<Harness />);
    expect(DEFAULT_SETTINGS.sync).toBe(false);
    fireEvent.click(await screen.findByLabelText('Sync your list and settings'));
    await waitFor(async () => expect((await getSettings()).sync).toBe(true));
  });
});
