// @vitest-environment node
/**
 * Shipped-size budgets (issue 7): popup ≤ 25 KB, pause page ≤ 25 KB, options ≤ 40 KB,
 * content script ≤ 5 KB, background ≤ 30 KB, gzip, each with every chunk it loads when it
 * opens (shared chunks, stylesheets). Only the options page loads code on demand (reading a
 * backup); that is checked too, so nothing slips out of a budget by being made lazy.
 *
 * `npm test` runs unit tests before `npm run build`, so this test builds its own copy of
 * both browsers into a temporary folder with the same wxt.config.ts (a few seconds each)
 * instead of reading a `.output/` that may be missing or stale.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../bench/lib/build';
import {
  describeEntry,
  type EntryName,
  type EntrySize,
  gzipBytes,
  loadedFiles,
  measureEntries,
  overBudget,
  SIZE_BUDGETS,
} from '../bench/lib/sizes';

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
}

describe('what a page loads', () => {
  let dir = '';
  const files: Record<string, string> = {
    'page.html':
      '<script type="module" crossorigin src="/chunks/page-1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/chunks/shared-2.js">' +
      '<link rel="stylesheet" crossorigin href="/assets/page-3.css">' +
      '<script src="https://example.com/remote.js"></script>',
    'chunks/page-1.js':
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["chunks/lazy-4.js","assets/lazy-5.css"])))=>i.map(i=>d[i]);' +
      'import{a as b}from"./shared-2.js";b(()=>import("./lazy-4.js"),__vite__mapDeps([0,1]));',
    'chunks/shared-2.js': `export const a=(f)=>f();${'/* shared code */'.repeat(50)}`,
    'assets/page-3.css': 'body{margin:0}',
    'chunks/lazy-4.js': 'import{a}from"./shared-2.js";export default a;',
    'assets/lazy-5.css': 'p{color:red}',
    'chunks/unused-6.js': 'export const never=1;',
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'br-sizes-'));
    writeFiles(dir, files);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('follows script, modulepreload and stylesheet tags, static and dynamic imports, and counts each file once', () => {
    const loaded = loadedFiles(dir, ['page.html']);
    const byFile = Object.fromEntries(loaded.map((f) => [f.file, f]));
    expect(Object.keys(byFile).sort()).toEqual([
      'assets/lazy-5.css',
      'assets/page-3.css',
      'chunks/lazy-4.js',
      'chunks/page-1.js',
      'chunks/shared-2.js',
      'page.html',
    ]);
    expect(byFile['chunks/shared-2.js']?.lazy).toBe(false);
    expect(byFile['chunks/lazy-4.js']?.lazy).toBe(true);
    expect(byFile['assets/lazy-5.css']?.lazy).toBe(true);
    expect(byFile['chunks/shared-2.js']?.gzip).toBe(gzipBytes(files['chunks/shared-2.js'] as string));
  });

  it('reports an entry point over its budget at opening, and none at exactly its budget', () => {
    const loaded = loadedFiles(dir, ['page.html']);
    const initial = loaded.filter((f) => !f.lazy).reduce((sum, f) => sum + f.gzip, 0);
    const total = loaded.reduce((sum, f) => sum + f.gzip, 0);
    expect(total).toBeGreaterThan(initial);
    const entry: EntrySize = {
      name: 'popup',
      roots: ['page.html'],
      files: loaded,
      gzipInitial: initial,
      gzipTotal: total,
    };
    expect(overBudget([entry], { ...SIZE_BUDGETS, popup: initial })).toEqual([]);
    expect(overBudget([entry], { ...SIZE_BUDGETS, popup: initial - 1 })).toEqual([
      { name: 'popup', gzip: initial, budget: initial - 1 },
    ]);
  });
});

const ENTRIES: EntryName[] = ['popup', 'pause', 'options', 'content', 'background'];
const TARGETS = [
  { browser: 'chrome', folder: 'chrome-mv3' },
  { browser: 'firefox', folder: 'firefox-mv3' },
] as const;

describe.each(TARGETS)('the production build for $browser', ({ browser, folder }) => {
  let outDir = '';
  let entries: EntrySize[] = [];

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), `br-budget-${browser}-`));
    await buildExtension(outDir, browser);
    entries = measureEntries(path.join(outDir, folder));
  }, 240_000);
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it.each(ENTRIES)('%s stays within its gzip budget', (name) => {
    const entry = entries.find((e) => e.name === name);
    expect(entry?.roots.length, `${name} is missing from the build`).toBeGreaterThan(0);
    expect(
      entry?.files.some((f) => /\.m?js$/.test(f.file)),
      `${name} loads no script`,
    ).toBe(true);
    const report = entry ? describeEntry(entry) : name;
    expect(entry?.gzipInitial, `over the ${SIZE_BUDGETS[name]} B budget:\n${report}`).toBeLessThanOrEqual(
      SIZE_BUDGETS[name],
    );
  });

  it('loads code on demand only where a person asks for it: reading a backup on the options page', () => {
    const lazy = entries.flatMap((e) => e.files.filter((f) => f.lazy).map((f) => `${e.name}: ${f.file}`));
    expect(
      lazy.every((f) => f.startsWith('options: ')),
      lazy.join('\n'),
    ).toBe(true);
    const options = entries.find((e) => e.name === 'options');
    const onDemand = options?.files.filter((f) => f.lazy && f.file.endsWith('.js')) ?? [];
    expect(onDemand.length).toBeGreaterThan(0);
    const text = onDemand.map((f) => fs.readFileSync(path.join(outDir, folder, f.file), 'utf8')).join('\n');
    // The validation library and the backup reader's own refusals are what load on demand.
    expect(text).toContain('vendor:"valibot"');
    expect(text).toContain('data_importNotBackup');
  });

  it('the pause page paints its shell before fetching anything: styles inline, script async and last', () => {
    const html = fs.readFileSync(path.join(outDir, folder, 'pause.html'), 'utf8');
    expect(html).not.toMatch(/rel="stylesheet"/);
    expect(html).toMatch(/<style>[^<]*\.breathing-shape/);
    expect(html).toMatch(/<script type="module" async [^>]*><\/script>\s*<\/body>/);
    expect(html.match(/<script/g)).toHaveLength(1);
    const css = fs.readdirSync(path.join(outDir, folder, 'assets')).filter((f) => f.startsWith('pause'));
    expect(css, 'a stylesheet only the pause page used is still shipped').toEqual([]);
  });
});
