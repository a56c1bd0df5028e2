/**
 * How a measurement reports: rows written as JSON to the run's raw folder, which the runner
 * (tests/bench/run.mjs) gathers into one table. A measurement that fails still reports a
 * row, with the reason, so the table always shows what was and was not measured.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './build';
import type { Summary } from './stats';

/** Where a row was measured. */
export type Where = 'node' | 'chromium' | 'firefox' | 'chrome-mv3' | 'firefox-mv3';

/** One line of the table. */
export interface Row {
  /** The row number (1–7); rows sort by it, then by the order they were recorded. */
  row: number;
  title: string;
  where: Where;
  unit: 'URLs/s' | 'ms' | 'frames' | 'requests' | 'rules' | 'profiles' | 'chars' | 'B';
  /** Median and spread of several runs, or null for an exact figure. */
  summary: Summary | null;
  /** An exact figure (a count, a size), or null. */
  value: number | null;
  /** Text for the median and spread cells when one row reports two figures (row 4: frames and requests). */
  display?: { median: string; spread: string };
  /** Subject ÷ baseline, measured in the same run, and what the baseline was. */
  ratio?: Summary & { baseline: string };
  /** The goal in words, e.g. `≤ 1.3 (ratio)`, and whether this run met it. */
  goal?: string;
  met?: boolean;
  note?: string;
  /** Set when the figure could not be measured; the other figures are then null. */
  error?: string;
}

/** The folder the runner collects rows from. */
export function rawDir(): string {
  return process.env.BR_BENCH_RAW ?? path.join(REPO_ROOT, '.bench', 'raw');
}

const recorded = new Map<string, Row[]>();

/** Adds rows to `name`'s file (written at once, so a later crash keeps what was measured). */
export function recordRows(name: string, rows: Row[]): void {
  const all = [...(recorded.get(name) ?? []), ...rows];
  recorded.set(name, all);
  fs.mkdirSync(rawDir(), { recursive: true });
  fs.writeFileSync(path.join(rawDir(), `${name}.json`), `${JSON.stringify(all, null, 2)}\n`);
}

/** A row saying why a figure is missing. */
export function failedRow(row: number, title: string, where: Where, error: unknown): Row {
  const message = error instanceof Error ? error.message : String(error);
  return { row, title, where, unit: 'ms', summary: null, value: null, error: message.split('\n')[0] };
}

/** How many runs each timing takes (BR_BENCH_RUNS, default 7, never fewer than 5). */
export function runCount(minimum = 5): number {
  const wanted = Number(process.env.BR_BENCH_RUNS ?? 7);
  return Math.max(minimum, Number.isFinite(wanted) ? Math.round(wanted) : 7);
}
