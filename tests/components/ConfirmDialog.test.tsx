import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../components/ConfirmDialog';

function setup() {
  const onConfirm = vi.fn();
  render(
    <ConfirmDialog
      label="Remove"
      message="Remove Alex for good?"
      confirmLabel="Yes, remove"
      onConfirm={onConfirm}
    />,
  );
  return onConfirm;
}

describe('ConfirmDialog', () => {
  it('asks once before acting, with "Keep it" focused', () => {
    const onConfirm = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog', { name: 'Remove Alex for good?' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('does nothing when kept, and returns focus to the button', () => {
    const onConfirm = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove' }));
  });

  it('Escape keeps', () => {
    const onConfirm = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
