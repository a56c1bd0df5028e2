import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/popup/App';
import { addEvent, addReflection, closeDb, listEvents, listRecentReflections } from '@/utils/db';
import { loadPopup } from '@/utils/popup-data';
import { getList, saveList, updateSettings } from '@/utils/settings';
import { answerAsBackground, openActiveTab } from '../../support/background-answers';
import { alexList } from '../../support/lists';

const TZ = 'UTC';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 2, 18, 15, 0);

const alex = alexList({ person: 'p1', profile: 'pr1' });

function show() {
  return render(<App load={loadPopup(TZ)} />);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(async () => {
  vi.useRealTimers();
  await closeDb();
});

describe('popup App', () => {
  it('leaves the empty state once the offered profile is added', async () => {
    answerAsBackground();
    await openActiveTab('https://www.instagram.com/sam/');
    show();
    await screen.findByRole('heading', { name: 'Nobody is on your list yet' });
    fireEvent.click(await screen.findByRole('button', { name: 'Add this profile' }));
    await screen.findByText('Your streak begins once you choose a start date.');
    expect(screen.queryByRole('heading', { name: 'Nobody is on your list yet' })).toBeNull();
  });

  it('leads to options before anyone is listed', async () => {
    show();
    await screen.findByRole('heading', { name: 'Nobody is on your list yet' });
    expect(screen.getByRole('button', { name: 'Add someone in settings' })).toBeTruthy();
    expect(screen.queryByTestId('streak-value')).toBeNull();
  });

  describe('with a list and history', () => {
    beforeEach(async () => {
      await saveList(alex);
      await updateSettings({ startDate: NOW - 23 * DAY - 2 * HOUR, goalDays: null });
      await addEvent({ type: 'turned-back', at: NOW - HOUR });
      await addEvent({ type: 'turned-back', at: NOW - 3 * DAY });
      await addEvent({ type: 'paused', at: NOW - HOUR });
      for (const [i, text] of ['one', 'two', 'three', 'four'].entries()) {
        vi.setSystemTime(NOW - (4 - i) * HOUR);
        await addReflection({ text, source: 'pause' });
      }
      vi.setSystemTime(NOW);
    });

    it('shows the streak, the week, the chart and the latest three reflections', async () => {
      show();
      expect((await screen.findByTestId('streak-value')).textContent).toBe('23 days');
      expect(screen.getByTestId('streak-best').textContent).toBe('23 days');
      expect((await screen.findByTestId('week-count')).textContent).toBe('You turned back 2 times this week');
      await waitFor(() => expect(document.querySelectorAll('rect.pause-bar')).toHaveLength(14));
      const links = await waitFor(() => {
        const found = within(screen.getByRole('region', { name: 'Latest reflections' })).getAllByRole('link');
        expect(found.length).toBeGreaterThan(1);
        return found;
      });
      expect(links.slice(1).map((l) => l.querySelector('.reflection-excerpt')?.textContent)).toEqual([
        'four',
        'three',
        'two',
      ]);
    });

    it('saving a reflection shows it at once and stores it', async () => {
      show();
      await screen.findAllByRole('listitem');
      fireEvent.input(screen.getByLabelText('Write a reflection'), {
        target: { value: 'Breathing instead.' },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
      await waitFor(() =>
        expect(document.querySelector('.reflection-list li .reflection-excerpt')?.textContent).toBe(
          'Breathing instead.',
        ),
      );
      expect(document.querySelectorAll('.reflection-list li')).toHaveLength(3);
      const [stored] = await listRecentReflections(1);
      expect(stored).toMatchObject({ text: 'Breathing instead.', source: 'popup' });
    });

    it('"I broke no-contact" logs the contact, restarts the streak kindly and keeps the best', async () => {
      show();
      await screen.findByTestId('streak-value');
      fireEvent.click(screen.getByRole('button', { name: 'I broke no-contact' }));
      fireEvent.click(screen.getByLabelText('I reached out'));
      fireEvent.click(screen.getByRole('button', { name: 'Log contact' }));
      await screen.findByText('Streaks restart. What you learned stays.');
      await waitFor(() => expect(screen.getByTestId('streak-value').textContent).toBe('Under an hour'));
      expect(screen.getByTestId('streak-best').textContent).toBe('23 days');
      expect(await listEvents({ types: ['contact-logged'] })).toHaveLength(1);
    });

    it('offers the check-in at the goal and stores the answers', async () => {
      await updateSettings({ goalDays: 21 });
      show();
      await screen.findByRole('heading', { name: 'A check-in' });
      fireEvent.click(screen.getByLabelText("Not yet, and that's okay"));
      fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
      await screen.findByText(/Thank you for checking in/);
      const [event] = await listEvents({ types: ['check-in'] });
      expect(event).toMatchObject({ answers: { settled: 'not-yet', intention: '' } });
    });

    it('on the goal day, lets the check-in speak of the goal instead of a second note', async () => {
      await updateSettings({ startDate: NOW - 21 * DAY - HOUR, goalDays: 21 });
      show();
      await screen.findByRole('heading', { name: 'A check-in' });
      expect(screen.getAllByText(/You reached your goal/)).toHaveLength(1);
      expect(screen.queryByTestId('milestone-note')).toBeNull();
    });

    it('notes the goal day gently once the check-in is answered', async () => {
      await updateSettings({ startDate: NOW - 21 * DAY - HOUR, goalDays: 21 });
      await addEvent({ type: 'check-in', at: NOW - HOUR, answers: {} });
      show();
      expect((await screen.findByTestId('milestone-note')).textContent).toMatch(
        /^You reached your goal of 21 days/,
      );
    });

    it('notes a milestone day gently', async () => {
      await updateSettings({ startDate: NOW - 21 * DAY - HOUR });
      show();
      expect((await screen.findByTestId('milestone-note')).textContent).toBe(
        '21 days without contact. That is real, and it is yours.',
      );
    });

    it('offers to add the unlisted profile open in the current tab', async () => {
      answerAsBackground();
      await openActiveTab('https://www.instagram.com/sam/');
      show();
      expect((await screen.findByTestId('offer-profile')).textContent).toBe('Instagram · @sam');
      fireEvent.click(screen.getByRole('button', { name: 'Add this profile' }));
      await screen.findByText('Added. Instagram · @sam is paused from now on.');
      expect((await getList()).people.map((p) => p.label)).toEqual(['Alex', 'Sam']);
    });
  });
});
