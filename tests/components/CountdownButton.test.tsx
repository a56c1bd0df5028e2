import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CountdownButton } from '../../components/CountdownButton';

const button = () => screen.getByRole('button', { name: 'Continue anyway' }) as HTMLButtonElement;

describe('CountdownButton', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays disabled until the countdown ends, then enables', () => {
    const onClick = vi.fn();
    render(<CountdownButton seconds={10} label="Continue anyway" onClick={onClick} />);
    expect(button().disabled).toBe(true);
    act(() => {
      vi.advanceTimersByTime(9_000);
    });
    expect(button().disabled).toBe(true);
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(button().disabled).toBe(false);
    fireEvent.click(button());
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('shows the seconds left, and tells screen readers only at the start and the end', () => {
    render(<CountdownButton seconds={3} label="Continue anyway" onClick={() => undefined} />);
    expect(button().textContent).toContain('3 s');
    const live = document.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(live.textContent).toBe('Continue anyway will be available in 3 seconds.');
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(button().textContent).toContain('2 s');
    expect(live.textContent).toBe('Continue anyway will be available in 3 seconds.');
    act(() => {
      vi.advanceTimersByTime(2_000);
    });
    expect(live.textContent).toBe('Continue anyway is available now.');
    expect(button().textContent).toBe('Continue anyway');
  });

  it('is enabled at once with a countdown of 0', () => {
    render(<CountdownButton seconds={0} label="Continue anyway" onClick={() => undefined} />);
    expect(button().disabled).toBe(false);
  });

  it('states the consequence and links it to the button', () => {
    render(
      <CountdownButton
        seconds={5}
        label="Continue anyway"
        note="Continuing ends your 23-day streak."
        onClick={() => undefined}
      />,
    );
    const note = screen.getByText('Continuing ends your 23-day streak.');
    expect(button().getAttribute('aria-describedby')).toContain(note.id);
  });

  it('stays disabled while busy', () => {
    render(<CountdownButton seconds={0} label="Continue anyway" onClick={() => undefined} busy />);
    expect(button().disabled).toBe(true);
  });
});
