/**
 * What each entry point of a built extension ships, gzip-compressed: the page (or script)
 * plus every file it loads — module scripts, modulepreload links, stylesheets, and the
 * chunks those import, statically (loaded up front) or dynamically (loaded on demand).
 * Used by `npm run bench` (row 7) and by the size-budget test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The five entry points the budgets name. */
export type EntryName = 'popup' | 'pause' | 'options' | 'content' | 'background';

/** One shipped file and how the entry point reaches it. */
export interface LoadedFile {
  /** Path inside the extension folder, with `/`. */
  file: string;
  bytes: number;
  gzip: number;
  /** Reached only through a dynamic `import()` (loaded on demand, not up front). */
  lazy: boolean;
}

/** An entry point's files and totals. */
export interface EntrySize {
  name: EntryName;
  roots: string[];
  files: LoadedFile[];
  /** Gzip bytes of everything loaded up front. */
  gzipInitial: number;
  /** Gzip bytes of everything the entry point can load, on-demand chunks included. */
  gzipTotal: number;
}

/** gzip at the default level (6, as `gzip FILE` does); each file on its own, as it ships. */
export function gzipBytes(content: Buffer | string): number {
  return gzipSync(content).length;
}

type Manifest = {
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
};

/** Root files of each entry point, read from the manifest (the pause page has no manifest key). */
export function entryRoots(dir: string): Record<EntryName, string[]> {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  const options = manifest.options_ui?.page ?? manifest.options_page;
  const bg = manifest.background ?? {};
  const background = bg.service_worker ? [bg.service_worker] : (bg.scripts ?? (bg.page ? [bg.page] : []));
  const content = (manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  return {
    popup: popup ? [popup] : [],
    pause: fs.existsSync(path.join(dir, 'pause.html')) ? ['pause.html'] : [],
    options: options ? [options] : [],
    content: [...new Set(content)],
    background,
  };
}

type Ref = { file: string; lazy: boolean };

const HTML_REFS = [
  /<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi,
  /<link\b[^>]*\brel\s*=\s*["']?(?:modulepreload|stylesheet)["']?[^>]*\bhref\s*=\s*["']([^"']+)["']/gi,
  /<link\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*\brel\s*=\s*["']?(?:modulepreload|stylesheet)\b/gi,
];
// Minified ES modules: import{a}from"./x.js", import"./x.js", export*from"./x.js".
const STATIC_IMPORT = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.m?js)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;
// Vite lists what a dynamic import preloads (its chunks and CSS) in __vite__mapDeps, root-relative.
const VITE_DEPS = /__vite__mapDeps\s*=[^[]*\[([^\]]*)\]/;
const CSS_REFS = [/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g, /url\(\s*["']?([^"')]+)["']?\s*\)/g];

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1] as string);
}

/** Resolves a reference from `from` to a path inside the package, or null (remote, data:, missing). */
function resolveRef(dir: string, from: string, ref: string, rootRelative = false): string | null {
  if (/^(?:[a-z][\w+.-]*:|\/\/|#)/i.test(ref)) return null;
  const clean = ref.split(/[?#]/)[0] as string;
  const joined =
    clean.startsWith('/') || rootRelative
      ? path.posix.normalize(clean.replace(/^\//, ''))
      : path.posix.join(path.posix.dirname(from), clean);
  return fs.existsSync(path.join(dir, joined)) ? joined : null;
}

/** The files one file references directly. */
export function directRefs(dir: string, file: string): Ref[] {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const refs: Ref[] = [];
  const add = (list: string[], lazy: boolean, rootRelative = false) => {
    for (const ref of list) {
      const resolved = resolveRef(dir, file, ref, rootRelative);
      if (resolved) refs.push({ file: resolved, lazy });
    }
  };
  if (/\.html?$/i.test(file)) for (const pattern of HTML_REFS) add(matches(text, pattern), false);
  else if (/\.m?js$/i.test(file)) {
    add(matches(text, STATIC_IMPORT), false);
    add(matches(text, DYNAMIC_IMPORT), true);
    const deps = VITE_DEPS.exec(text)?.[1];
    if (deps) add(matches(deps, /["']([^"']+)["']/g), true, true);
  } else if (/\.css$/i.test(file)) for (const pattern of CSS_REFS) add(matches(text, pattern), false);
  return refs;
}

/**
 * Every file reachable from the roots. A file reached both up front and on demand counts
 * as up front; the walk is breadth-first, so eager paths are found before lazy ones win.
 */
export function loadedFiles(dir: string, roots: string[]): LoadedFile[] {
  const lazyOf = new Map<string, boolean>();
  const queue: Ref[] = roots.map((file) => ({ file, lazy: false }));
  while (queue.length > 0) {
    const { file, lazy } = queue.shift() as Ref;
    const known = lazyOf.get(file);
    if (known === false || (known === true && lazy)) continue;
    lazyOf.set(file, lazy);
    for (const ref of directRefs(dir, file)) queue.push({ file: ref.file, lazy: lazy || ref.lazy });
  }
  return [...lazyOf].map(([file, lazy]) => {
    const content = fs.readFileSync(path.join(dir, file));
    return { file, bytes: content.length, gzip: gzipBytes(content), lazy };
  });
}

/** Sizes of the five entry points of one built extension folder (e.g. .output/chrome-mv3). */
export function measureEntries(dir: string): EntrySize[] {
  const roots = entryRoots(dir);
  return (Object.keys(roots) as EntryName[]).map((name) => {
    const files = loadedFiles(dir, roots[name]);
    const sum = (list: LoadedFile[]) => list.reduce((total, f) => total + f.gzip, 0);
    return {
      name,
      roots: roots[name],
      files,
      gzipInitial: sum(files.filter((f) => !f.lazy)),
      gzipTotal: sum(files),
    };
  });
}

/**
 * The gzip budgets of issue 7, in bytes (1 KB = 1024 bytes), on everything a page loads when
 * it opens: its HTML, scripts, preloads and stylesheets, and every chunk those import
 * statically. A chunk fetched only on the user's request (reading a backup) is reported
 * with the entry point (`gzipTotal`), not held to its budget.
 */
export const SIZE_BUDGETS: Readonly<Record<EntryName, number>> = Object.freeze({
  popup: 25 * 1024,
  pause: 25 * 1024,
  options: 40 * 1024,
  content: 5 * 1024,
  background: 30 * 1024,
});

/** One entry point over its budget. */
export interface BudgetExcess {
  name: EntryName;
  gzip: number;
  budget: number;
}

/** The entry points whose gzip size at opening (on-demand chunks aside) exceeds their budget. */
export function overBudget(
  entries: readonly EntrySize[],
  budgets: Readonly<Record<EntryName, number>> = SIZE_BUDGETS,
): BudgetExcess[] {
  return entries
    .filter((entry) => entry.gzipInitial > budgets[entry.name])
    .map((entry) => ({ name: entry.name, gzip: entry.gzipInitial, budget: budgets[entry.name] }));
}

/** A readable breakdown of one entry point's files, for failure messages and the bench report. */
export function describeEntry(entry: EntrySize): string {
  const lines = entry.files.map(
    (f) => `  ${f.file}: ${f.gzip} B gzip (${f.bytes} B)${f.lazy ? ', loaded on demand' : ''}`,
  );
  return `${entry.name}: ${entry.gzipInitial} B gzip when it opens, ${entry.gzipTotal} B with what it loads on demand\n${lines.join('\n')}`;
}
