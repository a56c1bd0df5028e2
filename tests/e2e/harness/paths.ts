import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserName } from './types';

/** The repository root (tests/e2e/harness → ../../..). */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Where screenshots and logs go; git-ignored. */
export const ARTIFACTS_DIR = process.env.BR_E2E_ARTIFACTS ?? path.join(REPO_ROOT, '.test-artifacts');

/** The built extension folder for one browser: $BR_OUT_DIR/<browser>-mv3 (default .output). */
export function extensionDir(browser: BrowserName): string {
  const out = path.resolve(REPO_ROOT, process.env.BR_OUT_DIR ?? '.output');
  const dir = path.join(out, browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${dir}. Build first: npm run build (or BR_OUT_DIR=… npx wxt build).`,
    );
  }
  return dir;
}

/** Absolute path for a screenshot name; relative names land in screenshots/<browser>/. */
export function screenshotPath(browser: BrowserName, name: string): string {
  const file = name.endsWith('.png') ? name : `${name}.png`;
  const full = path.isAbsolute(file) ? file : path.join(ARTIFACTS_DIR, 'screenshots', browser, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  return full;
}

/** A fresh temp folder under the run's folder (the runner removes the whole run folder). */
export function makeTempDir(prefix: string): string {
  const base =
    process.env.BR_E2E_RUN_DIR ?? fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'br-e2e-'));
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, prefix));
}
