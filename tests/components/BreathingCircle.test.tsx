import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { BreathingCircle } from '../../components/BreathingCircle';

const css = readFileSync(join(import.meta.dirname, '../../components/breathing-circle.css'), 'utf8');

describe('BreathingCircle', () => {
  it('hides the animation from screen readers and says it in words', () => {
    render(<BreathingCircle />);
    expect(document.querySelector('.breathing-circle')?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText('Breathe in as the circle grows, and out as it shrinks.')).toBeTruthy();
  });

  it('breathes slowly: 8 s per breath, 4 in and 4 out', () => {
    expect(css).toMatch(/--breath:\s*8s/);
    expect(css).toMatch(/50%\s*{\s*transform:\s*scale\(1\)/);
  });

  it('stands still when the user prefers reduced motion, with a hint that fits', () => {
    const reduced = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(reduced).toMatch(/\.breathing-circle::before\s*{\s*animation:\s*none/);
    expect(reduced).toMatch(/\.breathing-hint-moving\s*{\s*display:\s*none/);
    render(<BreathingCircle />);
    expect(screen.getByText('Breathe in slowly, and out a little more slowly.')).toBeTruthy();
  });
});
