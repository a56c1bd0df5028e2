import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CheckIn } from '@/components/CheckIn';

describe('CheckIn', () => {
  it('names the goal and asks both questions', () => {
    render(<CheckIn goalDays={60} onSubmit={async () => {}} />);
    expect(screen.getByText(/You reached your goal of 60 days/)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Have your emotions settled?' })).toBeTruthy();
    expect(screen.getByLabelText('If you ever reach out, what would your intention be?')).toBeTruthy();
  });

  it('submits the answers and thanks the user', async () => {
    const onSubmit = vi.fn(async () => {});
    render(<CheckIn goalDays={30} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByLabelText('Somewhat'));
    fireEvent.input(screen.getByLabelText('If you ever reach out, what would your intention be?'), {
      target: { value: ' To return her books. ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Thank you for checking in/));
    expect(onSubmit).toHaveBeenCalledWith({ settled: 'somewhat', intention: 'To return her books.' });
  });

  it('accepts answering neither question: a check-in is never a test', async () => {
    const onSubmit = vi.fn(async () => {});
    render(<CheckIn goalDays={30} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ settled: '', intention: '' }));
  });

  it('keeps the answers when saving fails', async () => {
    render(<CheckIn goalDays={30} onSubmit={() => Promise.reject(new Error('x'))} />);
    fireEvent.click(screen.getByLabelText('Mostly, yes'));
    fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect((screen.getByLabelText('Mostly, yes') as HTMLInputElement).checked).toBe(true);
  });

  it('says German when the browser does', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { installI18n } = await import('../support/i18n');
    installI18n(fakeBrowser, 'de');
    render(<CheckIn goalDays={1} onSubmit={async () => {}} />);
    expect(screen.getByText(/Du hast dein Ziel von 1 Tag erreicht/)).toBeTruthy();
  });
});
