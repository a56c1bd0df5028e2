#!/usr/bin/env node
// `npm run bench`: builds the extension for both browsers into .output-bench (never .output),
// adds the benchmark-only pages, runs every measurement (tests/bench/measure/, through vitest:
// node rows first, then the browser rows once per engine), prints one table and writes it to
// .bench/results.json and .bench/results.md.
//
//   npm run bench                        everything
//   npm run bench -- matcher sizes       only measurement files whose name contains a word
//   BR_BENCH_RUNS=11 npm run bench       runs per timing (default 7, at least 5)
//   BR_BENCH_BROWSERS=chromium npm run bench
//   BR_BENCH_NO_BUILD=1 npm run bench    reuse the last .output-bench build
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addBenchPages } from './pages/build.mjs';
import { machineInfo, renderMarkdown } from './report.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = path.join(root, '.output-bench');
const benchDir = path.join(root, '.bench');
const rawDir = path.join(benchDir, 'raw');
const out = (line = '') => process.stdout.write(`${line}\n`);

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function build() {
  for (const browser of ['chrome', 'firefox']) {
    out(`\n=== Building for ${browser} into ${path.relative(root, outDir)} ===`);
    const code = await run(
      process.execPath,
      [path.join(root, 'node_modules/wxt/bin/wxt.mjs'), 'zip', '-b', browser],
      {
        BR_OUT_DIR: outDir,
      },
    );
    if (code !== 0) throw new Error(`The ${browser} build failed`);
  }
  await addBenchPages(outDir);
}

/** Ends browser processes a measurement left behind: only those started for this run (its folder is in their command line). */
function sweep(runDir) {
  const pids = new Set();
  const pidFile = path.join(runDir, 'pids');
  if (fs.existsSync(pidFile)) {
    for (const line of fs.readFileSync(pidFile, 'utf8').split('\n')) if (line.trim()) pids.add(Number(line));
  }
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(runDir)) pids.add(Number(entry));
    } catch {
      // Ended meanwhile.
    }
  }
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Not running.
    }
  }
}

function vitest(target, folder, filters, runDir) {
  const nodeOptions = [process.env.NODE_OPTIONS ?? ''];
  // Firefox is driven over WebDriver BiDi (a WebSocket), built into Node only from 22.
  if (typeof globalThis.WebSocket === 'undefined')
    nodeOptions.push('--experimental-websocket', '--no-warnings=ExperimentalWarning');
  const args = [
    path.join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    path.join(root, 'tests/bench/vitest.config.ts'),
    '--passWithNoTests',
    ...filters.map((f) => `measure/${folder}/${f}`),
    ...(filters.length ? [] : [`measure/${folder}/`]),
  ];
  return run(process.execPath, args, {
    BR_OUT_DIR: outDir,
    BR_BENCH_RAW: rawDir,
    BR_E2E_RUN_DIR: runDir,
    ...(target ? { BR_E2E_TARGET: target } : {}),
    NODE_OPTIONS: nodeOptions.join(' ').trim(),
  });
}

function collectRows() {
  const files = fs.existsSync(rawDir) ? fs.readdirSync(rawDir).filter((f) => f.endsWith('.json')) : [];
  const rows = files.sort().flatMap((f) => JSON.parse(fs.readFileSync(path.join(rawDir, f), 'utf8')));
  return rows.map((row, i) => ({ ...row, order: i })).sort((a, b) => a.row - b.row || a.order - b.order);
}

async function main() {
  const filters = process.argv.slice(2);
  const engines = (process.env.BR_BENCH_BROWSERS ?? 'chromium,firefox')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const started = new Date();
  fs.rmSync(rawDir, { recursive: true, force: true });
  fs.mkdirSync(rawDir, { recursive: true });
  if (process.env.BR_BENCH_NO_BUILD !== '1') await build();
  else if (!fs.existsSync(path.join(outDir, 'chrome-mv3', 'bench'))) await addBenchPages(outDir);

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'br-bench-'));
  const failures = [];
  try {
    out('\n=== Measurements in Node ===');
    if ((await vitest(null, 'node', filters, runDir)) !== 0) failures.push('node');
    for (const engine of engines) {
      out(`\n=== Measurements in ${engine} ===`);
      if ((await vitest(engine, 'browser', filters, runDir)) !== 0) failures.push(engine);
      sweep(runDir);
    }
  } finally {
    sweep(runDir);
    fs.rmSync(runDir, { recursive: true, force: true });
  }

  const rows = collectRows();
  const machine = machineInfo();
  const markdown = renderMarkdown(rows, machine, started);
  fs.writeFileSync(path.join(benchDir, 'results.md'), markdown);
  fs.writeFileSync(
    path.join(benchDir, 'results.json'),
    `${JSON.stringify({ started: started.toISOString(), machine, rows }, null, 2)}\n`,
  );
  out(`\n${markdown}`);
  out(`Written to ${path.relative(root, path.join(benchDir, 'results.md'))} and results.json`);
  if (failures.length) out(`Measurement passes that did not finish cleanly: ${failures.join(', ')}`);
  process.exit(failures.length ? 1 : 0);
}

main().catch((error) => {
  out(String(error?.stack ?? error));
  process.exit(1);
});
