import { describe, expect, it } from 'vitest';
import { inlineStylesheets, loadScriptLast } from '../../../utils/build/paint-first';

const PAGE = `<!DOCTYPE html>
<html>
  <head>
    <script type="module" crossorigin src="/chunks/pause-1.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/shared-2.js">
    <link rel="stylesheet" crossorigin href="/assets/theme-3.css">
    <link rel="stylesheet" crossorigin href="/assets/pause-4.css">
  </head>
  <body>
    <main class="pause"></main>
  </body>
</html>`;

const sheets: Record<string, string> = {
  'assets/theme-3.css': ':root{--bg:#fff}',
  'assets/pause-4.css': '.pause{content:"</style><script>alert(1)</script>"}',
};

describe('inlineStylesheets', () => {
  it('writes every linked stylesheet into the page, in order, and lists them', () => {
    const { page, inlined } = inlineStylesheets(PAGE, (f) => sheets[f] ?? null);
    expect(page).not.toMatch(/rel="stylesheet"/);
    expect(page.indexOf(':root{--bg:#fff}')).toBeLessThan(page.indexOf('.pause{'));
    expect(inlined).toEqual(['assets/theme-3.css', 'assets/pause-4.css']);
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/chunks/shared-2.js">');
  });

  it('never lets a sheet end its <style> element early', () => {
    const { page } = inlineStylesheets(PAGE, (f) => sheets[f] ?? null);
    expect(page.match(/<\/style>/g)).toHaveLength(2);
    const doc = new DOMParser().parseFromString(page, 'text/html');
    expect(doc.querySelectorAll('style')).toHaveLength(2);
    expect(doc.querySelectorAll('script:not([src])')).toHaveLength(0);
  });

  it('keeps the link of a sheet the build does not have', () => {
    const { page, inlined } = inlineStylesheets(PAGE, (f) => (f === 'assets/theme-3.css' ? 'a{}' : null));
    expect(page).toContain('href="/assets/pause-4.css"');
    expect(inlined).toEqual(['assets/theme-3.css']);
  });
});

describe('loadScriptLast', () => {
  it('moves the module script to the end of the body, async, with its other attributes', () => {
    const page = loadScriptLast(PAGE);
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).not.toContain('<script');
    expect(page).toMatch(
      /<main class="pause"><\/main>\s*<script type="module" async crossorigin src="\/chunks\/pause-1.js"><\/script>\s*<\/body>/,
    );
    expect(page.match(/<script/g)).toHaveLength(1);
  });

  it('leaves a page without a module script or a body as it is', () => {
    expect(loadScriptLast('<p>no script</p></body>')).toBe('<p>no script</p></body>');
    expect(loadScriptLast('<script type="module" src="/a.js"></script>')).toBe(
      '<script type="module" src="/a.js"></script>',
    );
  });
});
