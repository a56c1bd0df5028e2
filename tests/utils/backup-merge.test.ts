import { describe, expect, it } from 'vitest';
import { mergeLists, mergePendingChanges, mergeSettings } from '../../utils/backup-merge';
import type { PendingChange, Person, Profile } from '../../utils/model';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const profile = (id: string, key: string, platform: Profile['platform'] = 'instagram'): Profile => ({
  id,
  platform,
  key,
  handle: `@${key}`,
  url: `https://example.com/${key}`,
  aliases: [],
  paused: false,
  addedAt: 1,
});
const person = (id: string, label: string, profiles: Profile[], extra: Partial<Person> = {}): Person => ({
  id,
  label,
  note: '',
  names: [],
  profiles,
  addedAt: 1,
  ...extra,
});

describe('mergeLists', () => {
  it('keeps everything here and adds new people after it', () => {
    const merged = mergeLists(
      { people: [person('a', 'Alex', [profile('f1', 'alex')])] },
      { people: [person('s', 'Sam', [profile('f2', 'sam')])] },
    );
    expect(merged.people.map((p) => [p.id, p.profiles.map((f) => f.id)])).toEqual([
      ['a', ['f1']],
      ['s', ['f2']],
    ]);
  });

  it('for the same person (by id or label) adds profiles and names, keeping this device’s label and note', () => {
    const here = person('a', 'Alex', [profile('f1', 'alex')], { note: 'mine', names: ['Alex Smith'] });
    const there = person('b', ' alex', [profile('f1b', 'alex'), profile('f2', 'alex', 'x')], {
      note: 'theirs',
      names: ['alex smith', 'A. Smith'],
    });
    const [merged] = mergeLists({ people: [here] }, { people: [there] }).people;
    expect(merged).toMatchObject({ id: 'a', label: 'Alex', note: 'mine', names: ['Alex Smith', 'A. Smith'] });
    expect(merged?.profiles.map((f) => f.id)).toEqual(['f1', 'f2']); // f1b is the same Instagram profile
  });

  it('never lists a profile twice, even under another person', () => {
    const merged = mergeLists(
      { people: [person('a', 'Alex', [profile('f1', 'alex')])] },
      { people: [person('s', 'Sam', [profile('f9', 'alex')])] },
    );
    expect(merged.people.flatMap((p) => p.profiles.map((f) => f.id))).toEqual(['f1']);
  });

  it('does not change its inputs', () => {
    const here = { people: [person('a', 'Alex', [])] };
    const copy = structuredClone(here);
    mergeLists(here, { people: [person('a', 'Alex', [profile('f', 'x')])] });
    expect(here).toEqual(copy);
  });
});

describe('mergeSettings', () => {
  it('keeps this device’s choices and fills only what it has not set', () => {
    const merged = mergeSettings(
      { ...DEFAULT_SETTINGS, countdownSeconds: 30, goalDays: 60 },
      {
        ...DEFAULT_SETTINGS,
        countdownSeconds: 90,
        strict: true,
        startDate: 1_700_000_000_000,
        goalDays: 30,
        onboarded: true,
      },
    );
    expect(merged).toEqual({
      ...DEFAULT_SETTINGS,
      countdownSeconds: 30,
      goalDays: 60,
      startDate: 1_700_000_000_000,
      onboarded: true,
    });
  });

  it('keeps this device’s suggestions first and at most five in all', () => {
    const mine = [{ text: 'Call Sam' }, { text: 'Walk' }];
    const theirs = ['Walk', 'Tea', 'Read', 'Run', 'Swim'].map((text) => ({ text }));
    const merged = mergeSettings(
      { ...DEFAULT_SETTINGS, suggestions: mine },
      { ...DEFAULT_SETTINGS, suggestions: theirs },
    );
    expect(merged.suggestions.map((s) => s.text)).toEqual(['Call Sam', 'Walk', 'Tea', 'Read', 'Run']);
  });
});

describe('mergePendingChanges', () => {
  it('adds scheduled changes by id, once', () => {
    const change = (id: string): PendingChange => ({
      id,
      createdAt: 1,
      applyAt: 2,
      change: { kind: 'remove-person', personId: 'p' },
    });
    expect(mergePendingChanges([change('a')], [change('a'), change('b')]).map((c) => c.id)).toEqual([
      'a',
      'b',
    ]);
  });
});
