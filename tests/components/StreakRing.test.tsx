import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StreakRing } from '@/components/StreakRing';

describe('StreakRing', () => {
  it('shows the streak large, in days', () => {
    render(
      <StreakRing
        days={23}
        hours={4}
        bestDays={41}
        target={{ kind: 'milestone', days: 30, progress: 0.22 }}
      />,
    );
    expect(screen.getByTestId('streak-value').textContent).toBe('23 days');
  });

  it('shows hours during the first two days', () => {
    render(
      <StreakRing days={1} hours={5} bestDays={1} target={{ kind: 'milestone', days: 3, progress: 0.4 }} />,
    );
    expect(screen.getByTestId('streak-value').textContent).toBe('1 day, 5 hours');
  });

  it('names the next milestone and what is left', () => {
    render(
      <StreakRing
        days={23}
        hours={0}
        bestDays={41}
        target={{ kind: 'milestone', days: 30, progress: 0.2 }}
      />,
    );
    expect(screen.getByText('Next milestone')).toBeTruthy();
    expect(screen.getByText('30 days')).toBeTruthy();
    expect(screen.getByText('7 days to go')).toBeTruthy();
  });

  it('names the goal when the ring runs toward it', () => {
    render(
      <StreakRing days={59} hours={0} bestDays={59} target={{ kind: 'goal', days: 60, progress: 0.98 }} />,
    );
    expect(screen.getByText('Your goal')).toBeTruthy();
    expect(screen.getByText('60 days')).toBeTruthy();
    expect(screen.getByText('1 day to go')).toBeTruthy();
  });

  it('shows the best streak, singular and plural', () => {
    const { rerender } = render(<StreakRing days={0} hours={3} bestDays={1} target={null} />);
    expect(screen.getByTestId('streak-best').textContent).toBe('1 day');
    rerender(<StreakRing days={0} hours={3} bestDays={41} target={null} />);
    expect(screen.getByTestId('streak-best').textContent).toBe('41 days');
  });

  it.each([
    [0.25, '0.250'],
    [0, '0.000'],
    [1.7, '1.000'],
    [-1, '0.000'],
    [Number.NaN, '0.000'],
  ])('fills the ring to progress %s (clamped)', (progress, shown) => {
    const { container } = render(
      <StreakRing days={8} hours={0} bestDays={8} target={{ kind: 'milestone', days: 14, progress }} />,
    );
    expect(container.querySelector('.streak-ring-fill')?.getAttribute('data-progress')).toBe(shown);
  });

  it('hides the decorative ring from screen readers, keeping the text', () => {
    const { container } = render(<StreakRing days={3} hours={0} bestDays={9} target={null} />);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText('3 days')).toBeTruthy();
  });
});
