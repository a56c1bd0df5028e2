import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  currentTime,
  followClock,
  now,
  setClockOffset,
  TEST_CLOCK_KEY,
  watchClockOffset,
} from '../../utils/clock';

const HOUR = 3_600_000;

afterEach(() => setClockOffset(0));

describe('clock', () => {
  it('is the real time when no test offset is stored', async () => {
    const before = Date.now();
    const t = await currentTime();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
  });

  it('adds a stored test offset', async () => {
    await fakeBrowser.storage.local.set({ [TEST_CLOCK_KEY]: 24 * HOUR });
    const t = await currentTime();
    expect(t - Date.now()).toBeGreaterThan(24 * HOUR - 1000);
  });

  it('follows the offset when a test moves it', async () => {
    const stop = await followClock();
    await fakeBrowser.storage.local.set({ [TEST_CLOCK_KEY]: HOUR });
    expect(now() - Date.now()).toBeGreaterThan(HOUR - 1000);
    stop();
  });

  it('ignores a value that is not a finite number', async () => {
    await fakeBrowser.storage.local.set({ [TEST_CLOCK_KEY]: 'soon' });
    const t = await currentTime();
    expect(Math.abs(t - Date.now())).toBeLessThan(1000);
  });

  it('tells watchers when a test moves the clock, and only then', async () => {
    const moved = vi.fn();
    const stop = watchClockOffset(moved);
    await fakeBrowser.storage.local.set({ list: { people: [] } });
    await fakeBrowser.storage.sync.set({ [TEST_CLOCK_KEY]: HOUR });
    expect(moved).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ [TEST_CLOCK_KEY]: HOUR });
    expect(moved).toHaveBeenCalledOnce();
    stop();
    await fakeBrowser.storage.local.set({ [TEST_CLOCK_KEY]: 2 * HOUR });
    expect(moved).toHaveBeenCalledOnce();
  });
});
