// The benchmark's one table (Markdown, for the terminal, .bench/results.md and the README)
// and the machine it ran on.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

const tryRun = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'not installed';
  }
};

/** nproc, CPU model, memory, OS, Node and browser versions, load at the start. */
export function machineInfo() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const osRelease = fs.existsSync('/etc/os-release') ? fs.readFileSync('/etc/os-release', 'utf8') : '';
  return {
    nproc: tryRun('nproc', []),
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: /PRETTY_NAME="?([^"\n]+)/.exec(osRelease)?.[1] ?? `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: tryRun(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']),
    firefox: tryRun(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', ['--version']),
    loadAverage: os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
  };
}

const int = (n) => Math.round(n).toLocaleString('en-US');

function fmt(value, unit) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'URLs/s':
      return `${int(value)}/s`;
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
    case 'B':
      return `${int(value)} B (${(value / 1024).toFixed(1)} KB)`;
    default:
      return `${Number.isInteger(value) ? int(value) : value.toFixed(1)} ${unit}`;
  }
}

function cells(row) {
  if (row.error) return ['not measured', '—', '—'];
  if (row.display) return [row.display.median, row.display.spread, '—'];
  const median = row.summary ? fmt(row.summary.median, row.unit) : fmt(row.value, row.unit);
  const spread = row.summary
    ? `${fmt(row.summary.min, row.unit)} – ${fmt(row.summary.max, row.unit)} (${row.summary.runs} runs)`
    : 'exact';
  const ratio = row.ratio
    ? `**${row.ratio.median.toFixed(2)}** (${row.ratio.min.toFixed(2)}–${row.ratio.max.toFixed(2)}) vs ${row.ratio.baseline}`
    : '—';
  return [
    row.summary || row.value !== null ? median : '—',
    row.summary ? spread : row.value !== null ? spread : '—',
    ratio,
  ];
}

const cell = (text) => String(text).replace(/\|/g, '\\|');

/** The table, the notes under it and the machine, as Markdown. */
export function renderMarkdown(rows, machine, started) {
  const lines = [
    '| # | Measure | Where | Median | Spread (min – max) | Ratio (run-by-run min–max) | Goal | Met |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const notes = [];
  for (const row of rows) {
    const [median, spread, ratio] = cells(row);
    const met = row.error ? '—' : row.met === undefined ? '' : row.met ? '✓' : '✗';
    let title = cell(row.title);
    if (row.note || row.error) {
      notes.push(`${notes.length + 1}. ${cell(row.error ? `not measured: ${row.error}` : row.note)}`);
      title += ` [${notes.length}]`;
    }
    lines.push(
      `| ${row.row} | ${title} | ${row.where} | ${median} | ${spread} | ${ratio} | ${cell(row.goal ?? '')} | ${met} |`,
    );
  }
  const goals = rows.filter((r) => r.met !== undefined && !r.error);
  const summary =
    `${goals.filter((r) => r.met).length} of ${goals.length} goals met; ` +
    `${rows.filter((r) => r.error).length} figure(s) not measured.`;
  const m = machine;
  return [
    `Benchmark run of ${started.toISOString()}. ${summary}`,
    '',
    ...lines,
    '',
    ...(notes.length ? ['Notes:', '', ...notes, ''] : []),
    `Machine: ${m.nproc} CPU(s), ${m.cpu}, ${m.memoryGiB} GiB RAM, ${m.os}; Node ${m.node}; ` +
      `${m.chromium}; ${m.firefox}; load average at start ${m.loadAverage}.`,
    '',
  ].join('\n');
}
