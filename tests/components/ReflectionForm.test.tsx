import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ReflectionForm } from '../../components/ReflectionForm';
import { addReflection, listRecentReflections } from '../../utils/db';

const LABEL = 'What is on your mind right now?';

describe('ReflectionForm', () => {
  it('has a labelled text box and a named save button', () => {
    render(<ReflectionForm onSave={async () => undefined} label={LABEL} saveLabel="Save reflection" />);
    expect(screen.getByLabelText(LABEL).tagName).toBe('TEXTAREA');
    expect(screen.getByRole('button', { name: 'Save reflection' })).toBeTruthy();
  });

  it('saves the text, clears the box and confirms calmly without leaving', async () => {
    const onSave = vi.fn(async (text: string) => {
      await addReflection({ text, source: 'pause' });
    });
    render(<ReflectionForm onSave={onSave} label={LABEL} saveLabel="Save reflection" />);
    fireEvent.input(screen.getByLabelText(LABEL), { target: { value: 'I miss the mornings.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Saved. Thank you for writing it down.'),
    );
    expect(onSave).toHaveBeenCalledWith('I miss the mornings.', undefined);
    expect((screen.getByLabelText(LABEL) as HTMLTextAreaElement).value).toBe('');
    expect((await listRecentReflections(5)).map((r) => r.text)).toEqual(['I miss the mornings.']);
  });

  it('shows the calm reason when saving is refused, and keeps the text', async () => {
    render(
      <ReflectionForm
        onSave={async (text) => {
          await addReflection({ text, source: 'pause' });
        }}
        label={LABEL}
        saveLabel="Save reflection"
      />,
    );
    fireEvent.input(screen.getByLabelText(LABEL), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(''));
    expect(screen.getByRole('status').textContent).not.toMatch(/!/);
    expect((screen.getByLabelText(LABEL) as HTMLTextAreaElement).value).toBe('   ');
  });

  it('inserts what the user wrote as text, never as HTML', async () => {
    render(
      <ReflectionForm
        onSave={async () => {
          throw new Error('<img src=x onerror=alert(1)>');
        }}
        prompt="<b>bold?</b>"
        label={LABEL}
        saveLabel="Save reflection"
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('<img src=x onerror=alert(1)>'));
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<b>bold?</b>')).toBeTruthy();
  });

  it('can ask for a mood and passes it on', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<ReflectionForm onSave={onSave} label={LABEL} saveLabel="Save" askMood />);
    fireEvent.input(screen.getByLabelText(LABEL), { target: { value: 'ok' } });
    fireEvent.click(screen.getByLabelText('Steady'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('ok', 4));
  });
});
