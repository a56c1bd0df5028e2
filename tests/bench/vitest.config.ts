import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Measurements, not tests: one file at a time in its own process (nothing else competes for
// the two cores while a timing runs), no timeouts worth hitting. tests/bench/run.mjs runs it.
export default defineConfig({
  root,
  resolve: { alias: { '@': root.replace(/\/$/, '') } },
  test: {
    name: `bench-${process.env.BR_E2E_TARGET ?? 'node'}`,
    root,
    include: ['tests/bench/measure/**/*.measure.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 900_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
});
