import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Real-browser specs: one file at a time (each launches its own browser), generous timeouts
// for a busy two-core machine. tests/e2e/run.mjs runs this once per engine.
export default defineConfig({
  root,
  resolve: { alias: { '@': root.replace(/\/$/, '') } },
  test: {
    name: process.env.BR_E2E_TARGET ?? 'chromium',
    root,
    include: ['tests/e2e/specs/**/*.spec.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    restoreMocks: true,
  },
});
