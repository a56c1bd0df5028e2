import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/pause/App';
import { leavePause } from '@/entrypoints/pause/leave';
import { closeDb, listEvents, listRecentReflections } from '@/utils/db';
import { buildMatchIndex } from '@/utils/match';
import type { Settings } from '@/utils/model';
import { answerResolvePause } from '@/utils/pause-resolve';
import { getList, saveList, updateSettings } from '@/utils/settings';
import { alexList } from '../../support/lists';

vi.mock('@/entrypoints/pause/leave', () => ({ leavePause: vi.fn(async () => undefined) }));

const ALEX = 'https://www.instagram.com/alex/';
const DAY = 86_400_000;
const LIST = alexList(undefined, ['Alex Smith']);

async function show(hash: string, settings: Partial<Settings> = {}, back: 1 | 2 = 1) {
  await saveList(LIST);
  await updateSettings({ startDate: Date.now() - 23.5 * DAY, ...settings });
  const view = render(<App hash={hash} back={back} />);
  await screen.findByRole('button', { name: 'Go back' });
  return view;
}

const pauses = async () => (await listEvents()).filter((e) => e.type === 'paused');

type Listener = Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0];
/** Registers a stand-in background listener (typed loosely: it answers only some messages). */
const listen = (fn: (message: { name?: string; data?: unknown }) => Promise<unknown> | undefined) =>
  fakeBrowser.runtime.onMessage.addListener(fn as unknown as Listener);

/** The background's answer to resolvePause, from the stored list (the real handler). */
function answerLikeTheBackground() {
  const ctx = { extensionId: fakeBrowser.runtime.id, index: async () => buildMatchIndex(await getList()) };
  listen((message) =>
    message.name === 'resolvePause'
      ? answerResolvePause(message.data, { id: ctx.extensionId }, ctx)
      : undefined,
  );
}

beforeEach(() => {
  answerLikeTheBackground();
  window.sessionStorage.clear();
  window.history.replaceState(null, '');
  vi.mocked(leavePause).mockClear();
});

afterEach(async () => {
  await closeDb();
});

describe('pause page', () => {
  it('says who and where, the streak and the cost of continuing, with "Go back" focused', async () => {
    await show(`#${ALEX}`);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'You asked for space from Alex on Instagram',
    );
    expect(screen.getByText('23 days of no contact')).toBeTruthy();
    expect(screen.getByText('Continuing ends your 23-day streak.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Go back' })));
  });

  it('names a search for a listed name', async () => {
    await show('#https://www.google.com/search?q=alex+smith');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'You asked for space from searching for Alex Smith',
    );
  });

  it('records one pause, and none more when the page is reloaded', async () => {
    const first = await show(`#${ALEX}`);
    await waitFor(async () => expect(await pauses()).toHaveLength(1));
    expect(await pauses()).toMatchObject([
      { personId: 'p-alex', profileId: 'ig-alex', platform: 'instagram' },
    ]);
    first.unmount();
    await show(`#${ALEX}`); // history.state survives a reload
    expect(await pauses()).toHaveLength(1);
  });

  it('"Continue anyway" waits for the countdown, and says nothing of a streak when viewing does not count', async () => {
    await show(`#${ALEX}`, { countdownSeconds: 10, viewingCountsAsContact: false });
    const button = screen.getByRole('button', { name: 'Continue anyway' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.queryByText(/Continuing/)).toBeNull();
  });

  it('strict mode hides "Continue anyway"', async () => {
    await show(`#${ALEX}`, { strict: true });
    expect(screen.queryByRole('button', { name: 'Continue anyway' })).toBeNull();
  });

  it('a target that is not listed gets a calm page without "Continue anyway" and no pause recorded', async () => {
    await show('#javascript:alert(1)', { countdownSeconds: 0 });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A moment for yourself');
    expect(screen.queryByRole('button', { name: 'Continue anyway' })).toBeNull();
    expect(await pauses()).toEqual([]);
  });

  it('continuing asks for the allowance, records it, then opens exactly the paused URL', async () => {
    const asked = vi.fn((message: { name?: string }) =>
      message.name === 'grantAllowance' ? Promise.resolve({ ok: true }) : undefined,
    );
    listen(asked);
    const replace = vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    await show(`#${ALEX}`, { countdownSeconds: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'Continue anyway' }));
    await waitFor(() => expect(replace).toHaveBeenCalledWith(ALEX));
    expect(asked.mock.calls.map(([m]) => m)).toContainEqual({
      name: 'grantAllowance',
      data: expect.objectContaining({ url: ALEX }),
    });
    const continued = (await listEvents()).filter((e) => e.type === 'continued');
    expect(continued).toMatchObject([{ personId: 'p-alex', countsAsContact: true }]);
  });

  it('stays and says so calmly when the allowance is refused', async () => {
    listen((m) => (m.name === 'grantAllowance' ? Promise.resolve({ ok: false }) : undefined));
    const replace = vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    await show(`#${ALEX}`, { countdownSeconds: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'Continue anyway' }));
    await screen.findByText(/could not be opened just now/);
    expect(replace).not.toHaveBeenCalled();
    expect((await listEvents()).filter((e) => e.type === 'continued')).toEqual([]);
  });

  it('"Go back" records turning back and leaves', async () => {
    await show(`#${ALEX}`);
    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    await waitFor(() => expect(leavePause).toHaveBeenCalledWith(ALEX, 1));
    const [pause] = await pauses();
    expect((await listEvents()).filter((e) => e.type === 'turned-back')).toMatchObject([
      { personId: 'p-alex', pauseId: pause?.id },
    ]);
  });

  it('"Go back" from a pause the backstop opened goes back past the paused URL', async () => {
    await show(`#${ALEX}`, {}, 2);
    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    await waitFor(() => expect(leavePause).toHaveBeenCalledWith(ALEX, 2));
  });

  it('a pause reached by going back onto the paused URL goes on back, recording nothing', async () => {
    window.sessionStorage.setItem(
      'breathing-room:turned-back',
      JSON.stringify({ target: ALEX, at: Date.now() }),
    );
    await saveList(LIST);
    render(<App hash={`#${ALEX}`} back={2} />);
    await waitFor(() => expect(leavePause).toHaveBeenCalledWith(ALEX, 2));
    expect(screen.queryByRole('button', { name: 'Go back' })).toBeNull();
    expect(await pauses()).toEqual([]);
  });

  it('saves a reflection linked to this pause and the prompt shown', async () => {
    await show(`#${ALEX}`);
    const prompt = (document.querySelector('.pause-prompt') as HTMLElement).textContent;
    fireEvent.input(screen.getByLabelText('What is on your mind right now?'), {
      target: { value: 'Not today.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await screen.findByText('Saved. Thank you for writing it down.');
    const [saved] = await listRecentReflections(1);
    const [pause] = await pauses();
    expect(saved).toMatchObject({
      text: 'Not today.',
      source: 'pause',
      personId: 'p-alex',
      prompt,
      pauseId: pause?.id,
    });
  });

  it('shows the user’s suggestions, linking only http(s) URLs, opened safely', async () => {
    await show(`#${ALEX}`, {
      suggestions: [
        { text: 'Call Sam' },
        { text: 'Playlist', url: 'https://open.spotify.com/playlist/x' },
        { text: 'Sneaky', url: 'javascript:alert(1)' },
      ],
    });
    expect(screen.getByText('Call Sam').tagName).toBe('LI');
    const link = screen.getByRole('link', { name: /Playlist/ });
    expect(link.getAttribute('href')).toBe('https://open.spotify.com/playlist/x');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.queryByRole('link', { name: /Sneaky/ })).toBeNull();
    expect(screen.getByText('Sneaky')).toBeTruthy();
  });
});
