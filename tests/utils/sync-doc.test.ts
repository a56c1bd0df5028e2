import { describe, expect, it } from 'vitest';
import type { PeopleList, Profile, Settings } from '../../utils/model';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import {
  entitiesOf,
  materialize,
  mergeDocs,
  type SyncDoc,
  stableJson,
  stampLocal,
  TOMBSTONE_TTL_MS,
} from '../../utils/sync-doc';

const T = Date.UTC(2025, 0, 1);
const profile = (id: string, key: string, addedAt = T): Profile => ({
  id,
  platform: 'instagram',
  key,
  handle: `@${key}`,
  url: `https://www.instagram.com/${key}/`,
  aliases: [],
  paused: false,
  addedAt,
});
const list = (...people: [string, string, Profile[]][]): PeopleList => ({
  people: people.map(([id, label, profiles]) => ({ id, label, note: '', names: [], profiles, addedAt: T })),
});
const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

/** One device's round against a shared copy, as syncNow does it. */
function round(shadow: SyncDoc, l: PeopleList, s: Settings, remote: SyncDoc, t: number, d: string) {
  const merged = mergeDocs(stampLocal(shadow, entitiesOf(l, s), { t, d }), remote, t);
  return { merged, ...materialize(merged, l, s) };
}

describe('stableJson', () => {
  it('ignores key order at every depth', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 2 }] } })).toBe(
      stableJson({ a: { c: [3, { e: 2, f: 1 }], d: 2 }, b: 1 }),
    );
  });
});

describe('entities', () => {
  it('split people, profiles and settings (except the per-device sync switch)', () => {
    const e = entitiesOf(list(['p1', 'Alex', [profile('f1', 'alex')]]), settings({ sync: true }));
    expect(e.get('person:p1')).toEqual({ id: 'p1', label: 'Alex', note: '', names: [], addedAt: T });
    expect(e.get('profile:f1')).toMatchObject({ id: 'f1', personId: 'p1' });
    expect(e.has('setting:countdownSeconds')).toBe(true);
    expect(e.has('setting:sync')).toBe(false);
  });

  it('round-trip through materialize', () => {
    const l = list(['p1', 'Alex', [profile('f1', 'alex'), profile('f2', 'alex2')]], ['p2', 'Sam', []]);
    const s = settings({ countdownSeconds: 30 });
    const doc = stampLocal({ e: {} }, entitiesOf(l, s), { t: T, d: 'a' });
    expect(materialize(doc, l, s)).toEqual({ list: l, settings: s });
  });
});

describe('merging two devices', () => {
  const base = list(['p1', 'Alex', [profile('f1', 'alex')]]);
  const s = settings();
  const start = round({ e: {} }, base, s, { e: {} }, T, 'a').merged;

  it('keeps additions made on both devices', () => {
    const onA = list(['p1', 'Alex', [profile('f1', 'alex'), profile('f2', 'alex.backup')]]);
    const onB = list(['p1', 'Alex', [profile('f1', 'alex')]], ['p2', 'Sam', [profile('f3', 'sam')]]);
    const a = round(start, onA, s, start, T + 10, 'a');
    const b = round(start, onB, s, a.merged, T + 20, 'b');
    expect(b.list.people.map((p) => [p.id, p.profiles.map((f) => f.id)])).toEqual([
      ['p1', ['f1', 'f2']],
      ['p2', ['f3']],
    ]);
  });

  it('a removal on one device is not undone by a device that still has the entry', () => {
    const a = round(start, list(['p1', 'Alex', []]), s, start, T + 10, 'a'); // removed f1
    const b = round(start, base, s, a.merged, T + 20, 'b'); // B never changed f1
    expect(b.list.people[0]?.profiles).toEqual([]);
    expect(b.merged.e['profile:f1']).toMatchObject({ x: 1 });
  });

  it('the later edit of the same entity wins; different entities both survive', () => {
    const a = round(start, base, settings({ countdownSeconds: 30 }), start, T + 10, 'a');
    const b = round(
      start,
      list(['p1', 'Alex R.', [profile('f1', 'alex')]]),
      settings({ theme: 'dark' }),
      a.merged,
      T + 20,
      'b',
    );
    expect(b.settings).toMatchObject({ countdownSeconds: 30, theme: 'dark' });
    expect(b.list.people[0]?.label).toBe('Alex R.');
    const c = round(
      b.merged,
      b.list,
      settings({ countdownSeconds: 60, theme: 'dark' }),
      b.merged,
      T + 30,
      'a',
    );
    expect(c.settings.countdownSeconds).toBe(60);
  });

  it('is the same whichever copy merges into which', () => {
    const a = stampLocal(start, entitiesOf(list(['p1', 'A', []]), settings({ strict: true })), {
      t: T + 5,
      d: 'a',
    });
    const b = stampLocal(start, entitiesOf(list(['p1', 'B', [profile('f1', 'alex')]], ['p9', 'Z', []]), s), {
      t: T + 5,
      d: 'b',
    });
    expect(stableJson(mergeDocs(a, b, T + 6))).toBe(stableJson(mergeDocs(b, a, T + 6)));
  });

  it('forgets tombstones after their time, not before', () => {
    const removed = stampLocal(start, entitiesOf(list(['p1', 'Alex', []]), s), { t: T + 1, d: 'a' });
    expect(mergeDocs(removed, { e: {} }, T + TOMBSTONE_TTL_MS).e['profile:f1']).toBeDefined();
    expect(mergeDocs(removed, { e: {} }, T + 2 + TOMBSTONE_TTL_MS).e['profile:f1']).toBeUndefined();
  });

  it('a joining device’s untouched defaults do not override chosen settings', () => {
    const a = round({ e: {} }, base, settings({ countdownSeconds: 45 }), { e: {} }, T, 'a');
    const joining = mergeDocs(
      stampLocal({ e: {} }, entitiesOf({ people: [] }, settings()), {
        t: T + 100,
        d: 'b',
        defaults: DEFAULT_SETTINGS,
      }),
      a.merged,
      T + 100,
    );
    expect(materialize(joining, { people: [] }, settings()).settings.countdownSeconds).toBe(45);
  });
});

describe('duplicates from two devices', () => {
  it('keeps one profile per platform and key, the same one on every device', () => {
    const a = stampLocal(
      { e: {} },
      entitiesOf(list(['p1', 'Alex', [profile('fa', 'alex', T + 1)]]), settings()),
      { t: T, d: 'a' },
    );
    const b = stampLocal(
      { e: {} },
      entitiesOf(list(['p1', 'Alex', [profile('fb', 'alex', T)]]), settings()),
      { t: T, d: 'b' },
    );
    const fromA = materialize(
      mergeDocs(a, b, T),
      list(['p1', 'Alex', [profile('fa', 'alex', T + 1)]]),
      settings(),
    );
    const fromB = materialize(
      mergeDocs(b, a, T),
      list(['p1', 'Alex', [profile('fb', 'alex', T)]]),
      settings(),
    );
    expect(fromA.list.people[0]?.profiles.map((p) => p.id)).toEqual(['fb']);
    expect(fromB.list).toEqual(fromA.list);
  });

  it('joins one person added on two devices under two ids, keeping all profiles', () => {
    const a = stampLocal({ e: {} }, entitiesOf(list(['pa', 'Alex', [profile('f1', 'alex')]]), settings()), {
      t: T,
      d: 'a',
    });
    const b = stampLocal({ e: {} }, entitiesOf(list(['pb', 'alex ', [profile('f2', 'alex2')]]), settings()), {
      t: T,
      d: 'b',
    });
    const merged = materialize(mergeDocs(a, b, T), { people: [] }, settings());
    expect(merged.list.people).toHaveLength(1);
    expect(merged.list.people[0]?.id).toBe('pa');
    expect(merged.list.people[0]?.profiles.map((p) => p.id).sort()).toEqual(['f1', 'f2']);
  });
});

describe('order', () => {
  it('keeps this device’s order and appends new entries oldest first', () => {
    const current = list(['p2', 'Sam', []], ['p1', 'Alex', []]);
    const remote = stampLocal(
      { e: {} },
      entitiesOf(list(['p1', 'Alex', []], ['p3', 'Kim', []], ['p2', 'Sam', []]), settings()),
      { t: T, d: 'b' },
    );
    expect(materialize(remote, current, settings()).list.people.map((p) => p.id)).toEqual(['p2', 'p1', 'p3']);
  });
});
