import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { excerpt, ReflectionList } from '@/components/ReflectionList';

const at = (day: number) => new Date(2026, 2, day, 9, 30).getTime();
const reflections = [
  {
    id: 'r3',
    text: 'I miss the idea of us.\nNot the arguments.\nThird line stays hidden.',
    createdAt: at(12),
  },
  { id: 'r2', text: 'Walked instead. It helped.', createdAt: at(10) },
  { id: 'r1', text: 'Day one.', createdAt: at(4) },
];
const hrefFor = (id: string) => `chrome-extension://x/options.html#journal/${id}`;

describe('ReflectionList', () => {
  it('lists each reflection with its date and first lines, newest first as given', () => {
    render(<ReflectionList reflections={reflections} hrefFor={hrefFor} onOpen={() => {}} />);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Mar 12I miss the idea of us.\nNot the arguments.',
      'Mar 10Walked instead. It helped.',
      'Mar 4Day one.',
    ]);
    expect(links[0]?.getAttribute('href')).toBe(hrefFor('r3'));
  });

  it('opens the journal entry on click', () => {
    const onOpen = vi.fn();
    render(<ReflectionList reflections={reflections} hrefFor={hrefFor} onOpen={onOpen} />);
    fireEvent.click(screen.getAllByRole('link')[1] as HTMLElement);
    expect(onOpen).toHaveBeenCalledWith('r2');
  });

  it('leaves modified clicks to the browser (open in a new tab)', () => {
    const onOpen = vi.fn();
    render(<ReflectionList reflections={reflections} hrefFor={hrefFor} onOpen={onOpen} />);
    fireEvent.click(screen.getAllByRole('link')[0] as HTMLElement, { ctrlKey: true });
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('is reachable by keyboard: every entry is a focusable link', () => {
    render(<ReflectionList reflections={reflections} hrefFor={hrefFor} onOpen={() => {}} />);
    const first = screen.getAllByRole('link')[0] as HTMLElement;
    first.focus();
    expect(document.activeElement).toBe(first);
  });

  it('says where reflections will appear when there are none', () => {
    render(<ReflectionList reflections={[]} hrefFor={hrefFor} onOpen={() => {}} />);
    expect(screen.getByText('Your reflections will appear here.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('excerpt', () => {
  it.each([
    ['one line', 'one line'],
    ['\n\n  first \n\nsecond\nthird', 'first\nsecond'],
    ['x'.repeat(400), `${'x'.repeat(159)}…`],
  ])('%j → %j', (text, shown) => {
    expect(excerpt(text)).toBe(shown);
  });
});
