/**
 * Row 7: what each entry point ships, gzip, with every chunk it loads when it opens (shared
 * chunks, stylesheets; the budget), what it loads only on demand (noted), and the size of
 * each store zip, for both browsers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import { REPO_ROOT } from '../../lib/build';
import { failedRow, type Row, recordRows } from '../../lib/record';
import { type EntryName, measureEntries, SIZE_BUDGETS } from '../../lib/sizes';

const OUT = path.resolve(REPO_ROOT, process.env.BR_OUT_DIR ?? '.output-bench');
const LABELS: Record<EntryName, string> = {
  popup: 'Popup',
  pause: 'Pause page',
  options: 'Options',
  content: 'Content script',
  background: 'Background',
};

function entryRows(target: 'chrome-mv3' | 'firefox-mv3'): Row[] {
  return measureEntries(path.join(OUT, target)).map((entry) => {
    const lazy = entry.gzipTotal - entry.gzipInitial;
    const budget = SIZE_BUDGETS[entry.name];
    return {
      row: 7,
      title: `${LABELS[entry.name]}, gzip with the chunks it loads when it opens`,
      where: target,
      unit: 'B',
      summary: null,
      value: entry.gzipInitial,
      goal: `≤ ${budget / 1024} KB`,
      met: entry.gzipInitial <= budget,
      note: `${entry.files.length} file${entry.files.length === 1 ? '' : 's'}${lazy > 0 ? `; another ${lazy} B only on demand (${entry.gzipTotal} B in all)` : ''}`,
    };
  });
}

function zipRow(target: 'chrome-mv3' | 'firefox-mv3'): Row {
  const browser = target.startsWith('chrome') ? 'chrome' : 'firefox';
  const zip = fs.readdirSync(OUT).find((f) => f.endsWith(`-${browser}.zip`));
  if (!zip) throw new Error(`No ${browser} zip in ${OUT}`);
  return {
    row: 7,
    title: 'Whole store zip',
    where: target,
    unit: 'B',
    summary: null,
    value: fs.statSync(path.join(OUT, zip)).size,
    note: zip,
  };
}

it('measures shipped sizes', () => {
  for (const target of ['chrome-mv3', 'firefox-mv3'] as const) {
    try {
      recordRows('7-sizes', [...entryRows(target), zipRow(target)]);
    } catch (error) {
      recordRows('7-sizes', [failedRow(7, 'Shipped sizes', target, error)]);
    }
  }
});
