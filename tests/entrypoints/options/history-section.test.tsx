import { configure, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HistorySection } from '../../../entrypoints/options/history-section';
import { addEvent } from '../../../utils/db';
import { DEFAULT_SETTINGS } from '../../../utils/settings';

// Several suites share two cores; give storage and IndexedDB round trips room.
configure({ asyncUtilTimeout: 5000 });

const DAY = 86_400_000;

describe('History', () => {
  it('lists past streaks with start, end and length, and the best', async () => {
    const start = Date.now() - 40 * DAY;
    await addEvent({ type: 'contact-logged', at: start + 12 * DAY, kind: 'we-talked' });
    render(<HistorySection settings={{ ...DEFAULT_SETTINGS, startDate: start }} />);
    await screen.findByText('Your best streak: 28 days');
    const rows = within(screen.getByRole('table', { name: 'Your streaks' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('Ongoing');
    expect(rows[1]?.textContent).toContain('12 days');
    expect(screen.getByText('Streaks restart. What you learned stays.')).toBeTruthy();
  });

  it('says kindly when there is no streak yet', async () => {
    render(<HistorySection settings={DEFAULT_SETTINGS} />);
    await screen.findByText(/Your streaks will appear here/);
  });

  it('shows a year of pauses per day as a table, with the total', async () => {
    const now = Date.now();
    await addEvent({ type: 'paused', at: now - 1000 });
    await addEvent({ type: 'paused', at: now - 2000 });
    await addEvent({ type: 'paused', at: now - 3 * DAY });
    render(<HistorySection settings={DEFAULT_SETTINGS} />);
    await screen.findByText('3 pauses in the last year.');
    const calendar = screen.getByRole('table', { name: 'Pauses per day, one column per week' });
    expect(calendar.querySelectorAll('td:not(.is-empty)')).toHaveLength(371);
    expect(calendar.querySelectorAll('td.level-4')).toHaveLength(1);
    expect(screen.getAllByText(/: 2 pauses$/)).toHaveLength(1);
  });
});
