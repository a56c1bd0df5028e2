#!/usr/bin/env node
// Runs every spec in tests/e2e/specs/ once in Chromium and once in Firefox ESR (vitest, one
// pass per engine), then prints "N passed, N failed, N skipped". It does not build: the
// extension comes from $BR_OUT_DIR (default .output)/chrome-mv3 and /firefox-mv3.
//
//   npm run test:e2e                       both engines, all specs
//   npm run test:e2e -- smoke              only spec files whose path contains "smoke"
//   BR_E2E_BROWSER=firefox npm run test:e2e
//   BR_E2E_GREP="pause page" npm run test:e2e
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = (line = '') => process.stdout.write(`${line}\n`);
const ci = process.env.CI === 'true' || process.env.CI === '1';

const ENGINES = {
  chromium: { exe: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium', build: 'chrome-mv3' },
  firefox: {
    exe: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    pkg: 'firefox-esr',
    build: 'firefox-mv3',
  },
};

function selectedEngines() {
  const wanted = (process.env.BR_E2E_BROWSER ?? 'chromium,firefox').split(',').map((s) => s.trim());
  const unknown = wanted.filter((name) => !(name in ENGINES));
  if (unknown.length) {
    out(
      `Unknown BR_E2E_BROWSER value(s): ${unknown.join(', ')} (use chromium, firefox or both, comma-separated)`,
    );
    process.exit(2);
  }
  return wanted;
}

function loud(lines) {
  const bar = '!'.repeat(78);
  out(bar);
  for (const line of lines) out(`!!  ${line}`);
  out(bar);
}

/** Live processes as { pid, pgrp, cmdline }; zombies are skipped (nothing to end, and this machine's init does not reap them). */
function liveProcesses() {
  const found = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z' || state === 'X') continue;
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      found.push({ pid: Number(entry), pgrp: Number(pgrp), cmdline });
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

/**
 * Ends what a pass left behind, by pid: members of the process groups the harness recorded
 * (Firefox and its children) and any process whose command line names the run folder
 * (Chromium's --user-data-dir). Returns a line per process ended.
 */
function sweep(runDir) {
  const groups = new Set();
  const pidFile = path.join(runDir, 'pids');
  if (fs.existsSync(pidFile)) {
    for (const line of fs.readFileSync(pidFile, 'utf8').split('\n'))
      if (line.trim()) groups.add(Number(line));
  }
  const ended = [];
  for (const proc of liveProcesses()) {
    if (!groups.has(proc.pgrp) && !proc.cmdline.includes(runDir)) continue;
    try {
      process.kill(proc.pid, 'SIGKILL');
      ended.push(`${proc.pid} ${proc.cmdline.slice(0, 100)}`);
    } catch {
      // Already gone.
    }
  }
  return ended;
}

function vitestPass(engine, runDir, filters) {
  const jsonFile = path.join(runDir, `${engine}.json`);
  const args = [
    path.join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    path.join(root, 'tests/e2e/vitest.config.ts'),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${jsonFile}`,
    '--passWithNoTests',
    ...(process.env.BR_E2E_GREP ? ['-t', process.env.BR_E2E_GREP] : []),
    ...filters,
  ];
  const nodeOptions = [process.env.NODE_OPTIONS ?? ''];
  // Node 20 has WebSocket (for Firefox's BiDi) only behind this flag; Node 22+ has it built in.
  if (typeof globalThis.WebSocket === 'undefined')
    nodeOptions.push('--experimental-websocket', '--no-warnings=ExperimentalWarning');
  const env = {
    ...process.env,
    BR_E2E_TARGET: engine,
    BR_E2E_RUN_DIR: runDir,
    NODE_OPTIONS: nodeOptions.join(' ').trim(),
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve({ code: code ?? (signal ? 1 : 0), jsonFile });
    });
  });
}

function countResults({ code, jsonFile }) {
  const counts = { passed: 0, failed: 0, skipped: 0, notes: [] };
  if (!fs.existsSync(jsonFile)) {
    counts.failed = 1;
    counts.notes.push(`vitest exited with ${code} and wrote no results`);
    return counts;
  }
  const report = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
  counts.passed = report.numPassedTests ?? 0;
  counts.failed = report.numFailedTests ?? 0;
  counts.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) {
      counts.failed += 1;
      counts.notes.push(
        `${path.relative(root, file.name)} failed outside a test: ${(file.message ?? '').split('\n')[0]}`,
      );
    }
  }
  if (code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.notes.push(`vitest exited with ${code}`);
  }
  return counts;
}

async function main() {
  const filters = process.argv.slice(2);
  const engines = selectedEngines();
  const outDir = path.resolve(root, process.env.BR_OUT_DIR ?? '.output');
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'br-e2e-'));
  const results = [];
  const started = Date.now();
  try {
    for (const engine of engines) {
      const { exe, pkg, build } = ENGINES[engine];
      out(`\n=== Browser tests in ${engine} (${exe}) ===`);
      if (!fs.existsSync(exe)) {
        const lines = [
          `${engine} is not installed (${exe} not found).`,
          `Install it with:  apt-get install ${pkg}`,
        ];
        if (ci) {
          loud([...lines, 'CI=true: a missing browser is a failure.']);
          results.push({ engine, passed: 0, failed: 1, skipped: 0, notes: [`${exe} missing`] });
        } else {
          loud([...lines, `SKIPPING every ${engine} browser test. Set CI=true to make this a failure.`]);
          results.push({
            engine,
            passed: 0,
            failed: 0,
            skipped: 0,
            notes: ['browser not installed: suite skipped'],
          });
        }
        continue;
      }
      if (!fs.existsSync(path.join(outDir, build, 'manifest.json'))) {
        out(
          `No built extension at ${path.join(outDir, build)}. Run npm run build first (or set BR_OUT_DIR).`,
        );
        results.push({ engine, passed: 0, failed: 1, skipped: 0, notes: ['extension not built'] });
        continue;
      }
      const passStart = Date.now();
      const pass = await vitestPass(engine, runDir, filters);
      const killed = sweep(runDir);
      const counts = countResults(pass);
      for (const line of killed) counts.notes.push(`ended leftover browser process ${line}`);
      results.push({ engine, ...counts, seconds: (Date.now() - passStart) / 1000 });
    }
  } finally {
    sweep(runDir);
    fs.rmSync(runDir, { recursive: true, force: true });
  }
  out('\n=== Browser test results ===');
  for (const r of results) {
    const time = r.seconds === undefined ? '' : ` in ${r.seconds.toFixed(1)} s`;
    out(`${r.engine.padEnd(9)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped${time}`);
    for (const note of r.notes) out(`          ${note}`);
  }
  const missing = results.filter((r) => r.notes.includes('browser not installed: suite skipped'));
  if (missing.length) {
    loud(missing.map((r) => `${r.engine} tests were SKIPPED: apt-get install ${ENGINES[r.engine].pkg}`));
  }
  const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
  out(`(total ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  out(`${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
  process.exit(total('failed') > 0 ? 1 : 0);
}

main().catch((error) => {
  out(String(error?.stack ?? error));
  process.exit(1);
});
