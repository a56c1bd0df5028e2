/**
 * "Now" for every decision that depends on time: cooling-off, streaks, allowances.
 * Browser tests must jump an hour or a day ahead without waiting, so a test may store an
 * offset in ms under `testClockOffsetMs` in storage.local (written only by the test
 * harness). Real users never have that key and get plain Date.now(). This file reads that
 * one key directly, on purpose: it is not user data and must work in every context.
 */
import { browser } from 'wxt/browser';

/** The storage.local key a browser test writes to move the clock forward. */
export const TEST_CLOCK_KEY = 'testClockOffsetMs';

let offsetMs = 0;

function toOffset(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** The current time in epoch ms, honouring a test clock offset once loaded. */
export function now(): number {
  return Date.now() + offsetMs;
}

/** Reads the test offset fresh (for a service worker that just woke) and returns now. */
export async function currentTime(): Promise<number> {
  const stored = await browser.storage.local.get(TEST_CLOCK_KEY);
  offsetMs = toOffset(stored[TEST_CLOCK_KEY]);
  return now();
}

/** Loads the offset and follows changes to it; returns a function that stops following. */
export async function followClock(): Promise<() => void> {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && TEST_CLOCK_KEY in changes) offsetMs = toOffset(changes[TEST_CLOCK_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  await currentTime();
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Calls `cb` when a browser test moves the clock, so anything due by the new time (a
 * scheduled change) is handled at once; alarms run on real time and would not notice.
 * Real users never have the key, so for them this never fires. Returns unwatch.
 */
export function watchClockOffset(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && TEST_CLOCK_KEY in changes) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Unit tests only: sets the offset in memory without storage. */
export function setClockOffset(ms: number): void {
  offsetMs = toOffset(ms);
}
