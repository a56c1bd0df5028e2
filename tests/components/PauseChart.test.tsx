import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PauseChart, type PauseDay } from '@/components/PauseChart';

function fourteenDays(counts: number[]): PauseDay[] {
  return counts.map((count, i) => ({ day: `2026-03-${String(10 + i).padStart(2, '0')}`, count }));
}

describe('PauseChart', () => {
  const counts = [0, 1, 0, 3, 0, 0, 2, 0, 0, 0, 5, 1, 0, 4];

  it('draws one bar per day, in order', () => {
    const { container } = render(<PauseChart days={fourteenDays(counts)} />);
    const bars = [...container.querySelectorAll('rect.pause-bar')];
    expect(bars).toHaveLength(14);
    expect(bars.map((b) => Number(b.getAttribute('data-count')))).toEqual(counts);
    expect(bars[0]?.getAttribute('data-day')).toBe('2026-03-10');
  });

  it('scales bars to the busiest day, and keeps empty days visible but smallest', () => {
    const { container } = render(<PauseChart days={fourteenDays(counts)} />);
    const heights = [...container.querySelectorAll('rect.pause-bar')].map((b) =>
      Number(b.getAttribute('height')),
    );
    const tallest = Math.max(...heights);
    expect(heights[10]).toBe(tallest); // 5 pauses
    expect(heights[3]).toBeCloseTo((tallest * 3) / 5); // 3 pauses
    expect(heights[0]).toBeGreaterThan(0);
    expect(heights[0]).toBeLessThan(heights[1] as number);
  });

  it('gives screen readers the same numbers as a table', () => {
    render(<PauseChart days={fourteenDays(counts)} />);
    const table = screen.getByRole('table', { name: 'Pauses per day over the last 14 days' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(14);
    expect(rows[0]?.textContent).toBe('Mar 100');
    expect(within(rows[13] as HTMLElement).getByRole('cell').textContent).toBe('4');
    expect(within(rows[13] as HTMLElement).getByRole('rowheader').textContent).toBe('Mar 23');
  });

  it('hides the SVG itself from assistive technology and names the figure', () => {
    const { container } = render(<PauseChart days={fourteenDays(counts)} />);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('figure', { name: 'Pauses per day, last 14 days' })).toBeTruthy();
  });

  it('draws a calm flat line when there were no pauses at all', () => {
    const { container } = render(<PauseChart days={fourteenDays(new Array(14).fill(0))} />);
    const heights = [...container.querySelectorAll('rect.pause-bar-empty')].map((b) =>
      b.getAttribute('height'),
    );
    expect(heights).toHaveLength(14);
    expect(new Set(heights).size).toBe(1);
  });
});
