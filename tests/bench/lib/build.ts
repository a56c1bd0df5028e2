/**
 * Builds the extension for one browser into a given folder, the way `npm run build` does
 * (same wxt.config.ts), but never into `.output/`: several builds may run side by side.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests/bench/lib → ../../..). */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** `wxt build` (or `wxt zip`) for chrome or firefox into `outDir`; rejects with the build's output on failure. */
export function buildExtension(
  outDir: string,
  browser: 'chrome' | 'firefox',
  command: 'build' | 'zip' = 'build',
): Promise<void> {
  const wxt = path.join(REPO_ROOT, 'node_modules/wxt/bin/wxt.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wxt, command, '-b', browser], {
      cwd: REPO_ROOT,
      env: { ...process.env, BR_OUT_DIR: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`wxt ${command} -b ${browser} failed (${code}):\n${output}`)),
    );
  });
}
