import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ContactLogForm } from '@/components/ContactLogForm';

function open(onLog = vi.fn(async () => {})) {
  render(<ContactLogForm onLog={onLog} />);
  const toggle = screen.getByRole('button', { name: 'I broke no-contact' });
  fireEvent.click(toggle);
  return { onLog, toggle };
}

describe('ContactLogForm', () => {
  it('starts closed, as one button', () => {
    render(<ContactLogForm onLog={async () => {}} />);
    const toggle = screen.getByRole('button', { name: 'I broke no-contact' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('opens with the three kinds of contact and focuses the first', () => {
    const { toggle } = open();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.parentElement?.textContent)).toEqual([
      'I reached out',
      'We talked',
      'They reached out and I replied',
    ]);
    expect(document.activeElement).toBe(radios[0]);
  });

  it('logs the chosen kind with the note, then says it kindly', async () => {
    const { onLog } = open();
    fireEvent.click(screen.getByLabelText('We talked'));
    fireEvent.input(screen.getByLabelText('Anything you want to remember about it (optional)'), {
      target: { value: '  coffee, it was fine  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Streaks restart. What you learned stays.'),
    );
    expect(onLog).toHaveBeenCalledWith('we-talked', 'coffee, it was fine');
    expect(document.activeElement).toBe(screen.getByRole('status'));
  });

  it('logs without a note when none was written', async () => {
    const { onLog } = open();
    fireEvent.click(screen.getByLabelText('They reached out and I replied'));
    fireEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    await waitFor(() => expect(onLog).toHaveBeenCalledWith('they-reached-out-i-replied', undefined));
  });

  it('asks gently for what happened before logging', () => {
    const { onLog } = open();
    fireEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose what happened, then log it.');
    expect(onLog).not.toHaveBeenCalled();
  });

  it('cancel closes and returns focus to the button', async () => {
    const { onLog, toggle } = open();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('radio')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'I broke no-contact' })),
    );
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(onLog).not.toHaveBeenCalled();
  });

  it('keeps the form and says so when saving fails', async () => {
    open(vi.fn(async () => Promise.reject(new Error('quota'))));
    fireEvent.click(screen.getByLabelText('I reached out'));
    fireEvent.click(screen.getByRole('button', { name: 'Log contact' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/couldn't be saved/));
    expect(screen.getByLabelText('I reached out')).toBeTruthy();
  });
});
