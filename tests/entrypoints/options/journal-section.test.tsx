import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { JOURNAL_PAGE, JournalSection } from '../../../entrypoints/options/journal-section';
import { addReflection, importRecords, listReflections } from '../../../utils/db';

// Several suites share two cores; give storage and IndexedDB round trips room.
configure({ asyncUtilTimeout: 5000 });

async function seed(n: number) {
  // A minute apart, oldest first, so "newest first" has one right answer.
  let at = Date.UTC(2026, 0, 1);
  const clock = vi.spyOn(Date, 'now').mockImplementation(() => (at += 60_000));
  for (let i = 1; i <= n; i++) await addReflection({ text: `Entry number ${i}`, source: 'popup' });
  clock.mockRestore();
}

const entries = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('entry'));

describe('Journal', () => {
  it('lists reflections newest first, a page at a time', async () => {
    await seed(JOURNAL_PAGE + 5);
    render(<JournalSection />);
    await waitFor(() => expect(entries()).toHaveLength(JOURNAL_PAGE));
    expect(entries()[0]?.textContent).toContain(`Entry number ${JOURNAL_PAGE + 5}`);
    fireEvent.click(screen.getByRole('button', { name: 'Older' }));
    await waitFor(() => expect(entries()).toHaveLength(5));
    expect(entries().at(-1)?.textContent).toContain('Entry number 1');
    expect((screen.getByRole('button', { name: 'Older' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('searches', async () => {
    await seed(3);
    await addReflection({ text: 'I miss the café by the river', source: 'pause' });
    render(<JournalSection />);
    await waitFor(() => expect(entries()).toHaveLength(4));
    fireEvent.input(screen.getByLabelText('Search your reflections'), { target: { value: 'CAFE' } });
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(entries()[0]?.textContent).toContain('café by the river');
  });

  it('writes a new reflection from the journal', async () => {
    render(<JournalSection />);
    fireEvent.input(screen.getByLabelText('Write a reflection'), { target: { value: 'Today was quieter.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect((await listReflections())[0]).toMatchObject({ text: 'Today was quieter.', source: 'journal' });
  });

  it('edits a reflection', async () => {
    await seed(1);
    render(<JournalSection />);
    await waitFor(() => expect(entries()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: /^Edit/ }));
    fireEvent.input(screen.getByLabelText('Reflection text'), { target: { value: 'Rewritten' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await listReflections())[0]?.text).toBe('Rewritten'));
    await screen.findByText('Rewritten');
  });

  it('refuses an empty edit with a calm message', async () => {
    await seed(1);
    render(<JournalSection />);
    await waitFor(() => expect(entries()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: /^Edit/ }));
    fireEvent.input(screen.getByLabelText('Reflection text'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.querySelector('.field-error')?.textContent).toBeTruthy());
    expect((await listReflections())[0]?.text).toBe('Entry number 1');
  });

  it('deletes after asking once', async () => {
    await seed(2);
    render(<JournalSection />);
    await waitFor(() => expect(entries()).toHaveLength(2));
    const first = entries()[0] as HTMLElement;
    fireEvent.click(within(first).getByRole('button', { name: /^Delete/ }));
    expect(await listReflections()).toHaveLength(2);
    fireEvent.click(within(first).getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect((await listReflections()).map((r) => r.text)).toEqual(['Entry number 1']);
  });

  it('with 10,000 reflections, shows one page and pages without loading the rest', async () => {
    const base = Date.UTC(2025, 0, 1);
    const reflections = Array.from({ length: 10_000 }, (_, i) => ({
      id: `r${i}`,
      text: `Reflection ${i}`,
      source: 'journal' as const,
      createdAt: base + i * 60_000,
      updatedAt: base + i * 60_000,
    }));
    await importRecords({ events: [], reflections }, 'replace');
    render(<JournalSection />);
    await waitFor(() => expect(entries()).toHaveLength(JOURNAL_PAGE));
    expect(entries()[0]?.textContent).toContain('Reflection 9999');
    fireEvent.click(screen.getByRole('button', { name: 'Older' }));
    await waitFor(() => expect(entries()[0]?.textContent).toContain(`Reflection ${9999 - JOURNAL_PAGE}`));
    expect(entries()).toHaveLength(JOURNAL_PAGE);
    expect(screen.getByText('Page 2')).toBeTruthy();
  }, 60_000);

  it('shows reflection text as text, never as HTML', async () => {
    await addReflection({ text: '<b>bold</b><img src=x onerror=alert(1)>', source: 'popup' });
    render(<JournalSection />);
    await screen.findByText('<b>bold</b><img src=x onerror=alert(1)>');
    expect(document.querySelector('.entries img, .entries b')).toBeNull();
  });
});
