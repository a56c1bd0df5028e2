import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PauseCalendar, weekColumns } from '../../components/PauseCalendar';

function days(from: string, n: number) {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(y, m - 1, d + i);
    const pad = (x: number) => String(x).padStart(2, '0');
    return { day: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, count: i % 3 };
  });
}

describe('PauseCalendar', () => {
  it('puts each day in its weekday row, Monday first', () => {
    // 2026-01-01 is a Thursday: three empty cells before it.
    const weeks = weekColumns(days('2026-01-01', 10));
    expect(weeks[0]?.slice(0, 3)).toEqual([null, null, null]);
    expect(weeks[0]?.[3]?.day).toBe('2026-01-01');
    expect(weeks[1]?.[0]?.day).toBe('2026-01-05');
  });

  it('is a table whose cells say their date and count', () => {
    render(<PauseCalendar days={days('2026-01-05', 14)} language="en" />);
    expect(screen.getByRole('table', { name: 'Pauses per day, one column per week' })).toBeTruthy();
    expect(screen.getAllByRole('rowheader')).toHaveLength(7);
    expect(screen.getByText('January 6, 2026: 1 pause')).toBeTruthy();
    expect(screen.getByText('January 7, 2026: 2 pauses')).toBeTruthy();
  });

  it('shows nothing broken for no days', () => {
    render(<PauseCalendar days={[]} language="en" />);
    expect(screen.getByRole('table')).toBeTruthy();
  });
});
