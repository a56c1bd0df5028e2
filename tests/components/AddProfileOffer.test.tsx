import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AddProfileOffer } from '@/components/AddProfileOffer';

describe('AddProfileOffer', () => {
  it('shows the recognised platform and handle', () => {
    render(<AddProfileOffer platform="Instagram" handle="@alex" onAdd={async () => {}} />);
    expect(screen.getByTestId('offer-profile').textContent).toBe('Instagram · @alex');
    expect(screen.getByRole('region', { name: 'Add this profile' })).toBeTruthy();
  });

  it('adds on click and confirms what is paused from now on', async () => {
    const onAdd = vi.fn(async () => {});
    render(<AddProfileOffer platform="Instagram" handle="@alex" onAdd={onAdd} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add this profile' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Added. Instagram · @alex is paused from now on.'),
    );
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('status'));
  });

  it('is a focusable native button, so Enter and Space press it', () => {
    render(<AddProfileOffer platform="X" handle="@sam" onAdd={async () => {}} />);
    const button = screen.getByRole('button', { name: 'Add this profile' });
    button.focus();
    expect(document.activeElement).toBe(button);
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
  });

  it('offers settings as the way forward when adding fails', async () => {
    render(
      <AddProfileOffer platform="Instagram" handle="@alex" onAdd={() => Promise.reject(new Error('x'))} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add this profile' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/add it in settings/));
    expect((screen.getByRole('button', { name: 'Add this profile' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });
});
