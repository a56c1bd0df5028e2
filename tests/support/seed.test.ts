import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../utils/backup-parse';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { makeSeed, seedBackup } from './seed';

describe('makeSeed', () => {
  const now = Date.UTC(2025, 0, 1);
  const options = { events: 5_000, reflections: 500, years: 3, now };

  it('is deterministic', () => {
    expect(makeSeed(options)).toEqual(makeSeed(options));
    expect(makeSeed({ ...options, seed: 2 }).events).not.toEqual(makeSeed(options).events);
  });

  it('gives exactly the requested counts, spread over the years, oldest first', () => {
    const seed = makeSeed(options);
    expect(seed.events).toHaveLength(5_000);
    expect(seed.reflections).toHaveLength(500);
    const from = now - 3 * 365 * 86_400_000;
    expect(seed.events[0]?.at).toBe(from);
    expect(
      seed.events.every(
        (e, i, all) => e.at >= from && e.at < now && (i === 0 || e.at >= (all[i - 1]?.at ?? 0)),
      ),
    ).toBe(true);
    expect(new Set(seed.events.map((e) => e.id)).size).toBe(5_000);
    expect(seed.events.filter((e) => e.type === 'paused').length).toBeGreaterThan(2_000);
  });

  it('carries the default settings shape', () => {
    expect(Object.keys(makeSeed(options).settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('is a valid backup', () => {
    const seed = makeSeed(options);
    expect(parseBackup(JSON.stringify(seedBackup(seed, now)), now).events).toHaveLength(5_000);
  });
});
