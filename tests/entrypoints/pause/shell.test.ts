import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateMarked } from '../../../utils/i18n';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const html = readFileSync(join(ROOT, 'entrypoints/pause/index.html'), 'utf8');
const css = readFileSync(join(ROOT, 'components/breathing-circle.css'), 'utf8');

/** The pause page's static HTML as the browser parses it, before any script. */
function shell(): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the pause page shell (static HTML, painted before any script)', () => {
  it('draws the breathing circle as SVG, which counts as content for the first paint', () => {
    const doc = shell();
    expect(doc.querySelector('.breathing-circle svg circle')).not.toBeNull();
    expect(doc.querySelector('.breathing-circle')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('has a neutral title and no words of its own until translated', () => {
    const doc = shell();
    expect(doc.title).toBe('Take a breath');
    const text = doc.querySelector('main')?.textContent?.trim();
    expect(text).toBe('');
  });

  it('says the breathing in words, in the user language, once translated', () => {
    const doc = shell();
    translateMarked(doc);
    expect(doc.title).toBe('Take a breath');
    const hints = [...doc.querySelectorAll('.breathing-hint')].map((p) => p.textContent);
    expect(hints).toEqual([
      'Breathe in as the circle grows, and out as it shrinks.',
      'Breathe in slowly, and out a little more slowly.',
    ]);
    expect(doc.querySelector('.breathing-in')?.textContent).toBe('Breathe in');
  });

  it('leaves #app inside the column, for the rest of the page', () => {
    expect(shell().querySelector('main.pause > #app')).not.toBeNull();
  });

  it('breathes slowly: 8 s per breath, 4 in and 4 out', () => {
    expect(css).toMatch(/--breath:\s*8s/);
    expect(css).toMatch(/50%\s*{\s*transform:\s*scale\(1\)/);
    expect(css).toMatch(/\.breathing-shape\s*{[^}]*animation:\s*breathing-size var\(--breath\)/);
  });

  it('stands still when the user prefers reduced motion, with a hint that fits', () => {
    const reduced = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(reduced).toMatch(/\.breathing-shape\s*{\s*animation:\s*none/);
    expect(reduced).toMatch(/\.breathing-hint-moving\s*{\s*display:\s*none/);
  });
});
