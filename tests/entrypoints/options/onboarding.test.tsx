import { configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Onboarding } from '../../../entrypoints/options/onboarding';
import { DEFAULT_SETTINGS, getList, getSettings } from '../../../utils/settings';

configure({ asyncUtilTimeout: 5000 });

const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;

function setup(granted: boolean) {
  let has = granted;
  permissions.contains = vi.fn(async () => has);
  const request = vi.fn(async () => {
    has = true;
    return true;
  });
  permissions.request = request;
  const onDone = vi.fn();
  render(<Onboarding list={{ people: [] }} settings={DEFAULT_SETTINGS} onDone={onDone} />);
  return { request, onDone };
}

describe('Onboarding', () => {
  it('where site access is opt-in (Firefox), asks for it in context with the reason', async () => {
    const { request } = setup(false);
    await screen.findByText(/Your browser asks before an extension may act on sites/);
    fireEvent.click(screen.getByRole('button', { name: 'Allow on social sites' }));
    expect(request).toHaveBeenCalledWith({ origins: expect.arrayContaining(['*://*.instagram.com/*']) });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Allow on social sites' })).toBeNull());
  });

  it('does not ask when access is already granted (Chrome grants it at install)', async () => {
    setup(true);
    await screen.findByLabelText('Profile link');
    await waitFor(() => expect(permissions.contains).toHaveBeenCalled());
    expect(screen.queryByRole('button', { name: 'Allow on social sites' })).toBeNull();
  });

  it('adds who you want space from with the same one-paste field', async () => {
    setup(true);
    fireEvent.input(screen.getByLabelText('Profile link'), {
      target: { value: 'https://www.instagram.com/alex/' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect((await getList()).people[0]?.label).toBe('Alex'));
  });

  it('saves the start date and countdown when done', async () => {
    const { onDone } = setup(true);
    fireEvent.input(screen.getByLabelText('No-contact since'), { target: { value: '2026-01-05' } });
    fireEvent.input(screen.getByLabelText(/Countdown before/), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await getSettings()).toMatchObject({
      onboarded: true,
      countdownSeconds: 30,
      startDate: new Date(2026, 0, 5).getTime(),
    });
  });
});
