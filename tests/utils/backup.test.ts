import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type Backup,
  BackupError,
  backupFileName,
  exportBackup,
  importBackup,
  serializeBackup,
  sortKeys,
} from '../../utils/backup';
import { MAX_BACKUP_BYTES, parseBackup, readBackupFile } from '../../utils/backup-parse';
import { addReflection, importRecords, listRecentReflections } from '../../utils/db';
import {
  DEFAULT_SETTINGS,
  getList,
  getSettings,
  saveList,
  savePendingChanges,
  writeSettings,
} from '../../utils/settings';
import { makeSeed } from '../support/seed';

const NOW = Date.now();
const seed = makeSeed({ events: 300, reflections: 40, years: 1, now: NOW - 86_400_000 });

async function storeSeed(): Promise<void> {
  await saveList(seed.list);
  await writeSettings(seed.settings);
  await savePendingChanges([
    {
      id: 'pc1',
      createdAt: NOW - 1000,
      applyAt: NOW + 3_600_000,
      change: { kind: 'remove-person', personId: 'p1' },
    },
  ]);
  await importRecords({ events: seed.events, reflections: seed.reflections }, 'replace');
}

/** Everything the user has, byte for byte: the full export plus the raw storage entries. */
async function everything(): Promise<string> {
  const raw = await fakeBrowser.storage.local.get(null);
  return serializeBackup(await exportBackup(NOW)) + JSON.stringify(raw, (_key, value) => sortKeys(value));
}

function validFile(overrides: Partial<Backup> = {}): Record<string, unknown> {
  return {
    format: 'breathing-room-backup',
    version: 1,
    exportedAt: NOW,
    list: { people: [] },
    settings: { ...DEFAULT_SETTINGS },
    pendingChanges: [],
    events: [{ id: 'e1', type: 'paused', at: NOW - 5000 }],
    reflections: [{ id: 'r1', text: 'hello', source: 'popup', createdAt: NOW - 5000, updatedAt: NOW - 5000 }],
    ...overrides,
  };
}

function errorOf(fn: () => unknown): BackupError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BackupError) return error;
    throw error;
  }
  throw new Error('expected a BackupError');
}

describe('export and import round trip', () => {
  beforeEach(storeSeed);

  it('exports the documented format with everything in it', async () => {
    const backup = await exportBackup(NOW);
    expect(backup).toMatchObject({ format: 'breathing-room-backup', version: 1, exportedAt: NOW });
    expect(backup.events).toHaveLength(300);
    expect(backup.reflections).toHaveLength(40);
    expect(backup.list).toEqual(seed.list);
    expect(backup.settings).toEqual(seed.settings);
    expect(backup.pendingChanges).toHaveLength(1);
  });

  it('restores identical data into an empty profile (replace)', async () => {
    const text = serializeBackup(await exportBackup(NOW));
    const before = await everything();
    await fakeBrowser.storage.local.clear();
    globalThis.indexedDB = new (indexedDB.constructor as { new (): IDBFactory })();
    await importBackup(parseBackup(text, NOW), 'replace');
    expect(await everything()).toBe(before);
  });

  it('imports its own export unchanged (replace over the same data)', async () => {
    const before = await everything();
    const summary = await importBackup(parseBackup(serializeBackup(await exportBackup(NOW)), NOW), 'replace');
    expect(summary).toEqual({ people: 1, events: 300, reflections: 40 });
    expect(await everything()).toBe(before);
  });

  it('merging its own export changes nothing and reports nothing new', async () => {
    const before = await everything();
    const summary = await importBackup(parseBackup(serializeBackup(await exportBackup(NOW)), NOW), 'merge');
    expect(summary).toEqual({ people: 0, events: 0, reflections: 0 });
    expect(await everything()).toBe(before);
  });

  it('keeps HTML and script in text as plain text', async () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script> & “quotes”';
    await addReflection({ text: html, source: 'journal' });
    const text = serializeBackup(await exportBackup(NOW + 1000));
    await importBackup(parseBackup(text, NOW + 1000), 'replace');
    expect((await listRecentReflections(1))[0]?.text).toBe(html);
  });
});

describe('merge', () => {
  it('adds what the backup has and keeps what is here', async () => {
    await saveList({
      people: [{ id: 'here', label: 'Alex', note: 'mine', names: [], addedAt: NOW - 10, profiles: [] }],
    });
    await writeSettings({ ...DEFAULT_SETTINGS, countdownSeconds: 30 });
    await addReflection({ text: 'written here', source: 'popup' });
    const file = parseBackup(
      JSON.stringify(
        validFile({
          list: {
            people: [
              {
                id: 'there',
                label: 'alex ',
                note: 'theirs',
                names: ['Alex S'],
                addedAt: NOW - 20,
                profiles: [
                  {
                    id: 'f1',
                    platform: 'x',
                    key: 'alex',
                    handle: '@alex',
                    url: 'https://x.com/alex',
                    aliases: [],
                    paused: false,
                    addedAt: NOW - 20,
                  },
                ],
              },
              { id: 'sam', label: 'Sam', note: '', names: [], addedAt: NOW - 20, profiles: [] },
            ],
          },
          settings: { ...DEFAULT_SETTINGS, countdownSeconds: 60, startDate: NOW - 86_400_000 },
        }),
      ),
      NOW,
    );
    expect(await importBackup(file, 'merge')).toEqual({ people: 1, events: 1, reflections: 1 });
    const list = await getList();
    expect(list.people.map((p) => [p.id, p.note, p.names, p.profiles.map((f) => f.id)])).toEqual([
      ['here', 'mine', ['Alex S'], ['f1']],
      ['sam', '', [], []],
    ]);
    expect(await getSettings()).toMatchObject({ countdownSeconds: 30, startDate: NOW - 86_400_000 });
    expect((await listRecentReflections(5)).map((r) => r.text).sort()).toEqual(['hello', 'written here']);
  });
});

describe('bad files are refused and change nothing', () => {
  beforeEach(storeSeed);

  const good = () => validFile();
  const text = (o: unknown) => JSON.stringify(o);
  const cases: [string, () => string, string, string[]?][] = [
    ['truncated JSON', () => text(good()).slice(0, 120), 'data_importDamaged'],
    ['empty file', () => '', 'data_importNotBackup'],
    ['plain text', () => 'hello there', 'data_importNotBackup'],
    ['a JSON array', () => '[1,2,3]', 'data_importNotBackup'],
    ['another app’s JSON', () => text({ format: 'something-else', version: 1 }), 'data_importNotBackup'],
    ['a future version', () => text({ ...good(), version: 2 }), 'data_importNewerVersion'],
    [
      'a far future version with another shape',
      () => text({ format: 'breathing-room-backup', version: 99, data: [] }),
      'data_importNewerVersion',
    ],
    ['version 0', () => text({ ...good(), version: 0 }), 'data_importNotBackup'],
    ['version as text', () => text({ ...good(), version: '1' }), 'data_importNotBackup'],
    ['events not a list', () => text({ ...good(), events: {} }), 'data_importBadSection', ['events']],
    [
      'reflections missing',
      () => text({ ...good(), reflections: undefined }),
      'data_importBadSection',
      ['reflections'],
    ],
    [
      'an event time as text',
      () => text({ ...good(), events: [{ id: 'e', type: 'paused', at: '2024-01-01' }] }),
      'data_importBadEntry',
      ['1', 'events', 'at'],
    ],
    [
      'an unknown event type',
      () => text({ ...good(), events: [{ id: 'e', type: 'exploded', at: NOW }] }),
      'data_importBadEntry',
      ['1', 'events', 'type'],
    ],
    [
      'a mood of 7',
      () =>
        text({
          ...good(),
          reflections: [{ id: 'r', text: 'x', source: 'popup', mood: 7, createdAt: NOW, updatedAt: NOW }],
        }),
      'data_importBadEntry',
      ['1', 'reflections', 'mood'],
    ],
    [
      'an empty reflection',
      () =>
        text({
          ...good(),
          reflections: [{ id: 'r', text: '  ', source: 'popup', createdAt: NOW, updatedAt: NOW }],
        }),
      'data_importBadEntry',
      ['1', 'reflections', 'text'],
    ],
    [
      'an overlong reflection',
      () =>
        text({
          ...good(),
          reflections: [
            { id: 'r', text: 'x'.repeat(10_001), source: 'popup', createdAt: NOW, updatedAt: NOW },
          ],
        }),
      'data_importBadEntry',
      ['1', 'reflections', 'text'],
    ],
    [
      'a countdown as text',
      () => text({ ...good(), settings: { countdownSeconds: 'ten' } }),
      'data_importBadSetting',
      ['countdownSeconds'],
    ],
    [
      'a profile on an unknown platform',
      () =>
        text({
          ...good(),
          list: {
            people: [
              {
                id: 'p',
                label: 'A',
                addedAt: NOW,
                profiles: [{ id: 'f', platform: 'myspace', key: 'a', handle: 'a', url: 'u', addedAt: NOW }],
              },
            ],
          },
        }),
      'data_importBadEntry',
      ['1', 'people', 'profiles.0.platform'],
    ],
    [
      'a date far in the future',
      () =>
        text({
          ...good(),
          events: [
            { id: 'a', type: 'paused', at: NOW },
            { id: 'b', type: 'paused', at: Date.UTC(3024, 0, 1) },
          ],
        }),
      'data_importDateFuture',
      ['2', 'events', '3024-01-01'],
    ],
    [
      'a date before 2000',
      () =>
        text({
          ...good(),
          reflections: [{ id: 'r', text: 'x', source: 'popup', createdAt: 0, updatedAt: 0 }],
        }),
      'data_importDatePast',
      ['1', 'reflections', '1970-01-01'],
    ],
    [
      'a date that is not a number',
      () => text({ ...good(), events: [{ id: 'e', type: 'paused', at: null }] }),
      'data_importBadEntry',
      ['1', 'events', 'at'],
    ],
    [
      'duplicate event ids',
      () =>
        text({
          ...good(),
          events: [
            { id: 'e', type: 'paused', at: NOW },
            { id: 'e', type: 'turned-back', at: NOW },
          ],
        }),
      'data_importDuplicate',
      ['2', 'events'],
    ],
    [
      'duplicate reflection ids',
      () =>
        text({
          ...good(),
          reflections: [1, 2].map(() => ({
            id: 'r',
            text: 'x',
            source: 'popup',
            createdAt: NOW,
            updatedAt: NOW,
          })),
        }),
      'data_importDuplicate',
      ['2', 'reflections'],
    ],
    [
      'duplicate profile ids across people',
      () =>
        text({
          ...good(),
          list: {
            people: ['a', 'b'].map((id) => ({
              id,
              label: id,
              addedAt: NOW,
              profiles: [{ id: 'f', platform: 'x', key: id, handle: id, url: id, addedAt: NOW }],
            })),
          },
        }),
      'data_importDuplicate',
      ['2', 'profiles'],
    ],
  ];

  it.each(cases)('%s', async (_name, make, key, subs) => {
    const before = await everything();
    const error = errorOf(() => parseBackup(make(), NOW));
    expect(error.key).toBe(key);
    if (subs) expect(error.subs).toEqual(subs);
    expect(error.message).not.toContain('!');
    expect(error.message).not.toBe(key); // real text exists
    expect(await everything()).toBe(before);
  });

  it('names the entry in calm words', () => {
    const error = errorOf(() =>
      parseBackup(
        text({
          ...good(),
          events: [
            { id: 'a', type: 'paused', at: NOW },
            { id: 'b', type: 'paused', at: Date.UTC(3024, 0, 1) },
          ],
        }),
        NOW,
      ),
    );
    expect(error.message).toBe(
      'Entry 2 under “events” has a date far in the future (3024-01-01), so nothing was imported. If you edited the file, check that date. Your data is unchanged.',
    );
    expect(errorOf(() => parseBackup('{"format":"x"}', NOW)).message).toBe(
      'This file isn’t a Breathing Room backup. Choose the .json file you exported from Breathing Room. Your data is unchanged.'.replace(
        '’',
        "'",
      ),
    );
  });

  it('refuses a 50 MB file by its size, before reading it', async () => {
    const before = await everything();
    const file = new Blob([new Uint8Array(50 * 1024 * 1024)]);
    const read = vi.spyOn(file, 'text');
    await expect(readBackupFile(file, NOW)).rejects.toMatchObject({
      key: 'data_importTooLarge',
      subs: ['40'],
    });
    expect(read).not.toHaveBeenCalled();
    expect(errorOf(() => parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1), NOW)).key).toBe('data_importTooLarge');
    expect(await everything()).toBe(before);
  });

  it('reads a valid file through readBackupFile', async () => {
    const file = new Blob([JSON.stringify(good())]);
    expect((await readBackupFile(file, NOW)).events).toHaveLength(1);
  });

  it('neutralises __proto__ and constructor keys without polluting any prototype', async () => {
    const hostile = `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},
      "format":"breathing-room-backup","version":1,"exportedAt":${NOW},"list":{"people":[]},
      "settings":{"__proto__":{"strict":true},"theme":"dark"},
      "events":[{"id":"k","type":"check-in","at":${NOW},"answers":{"__proto__":{"polluted":"yes"},"constructor":"x","ok":"fine"}}],
      "reflections":[]}`;
    const file = parseBackup(hostile, NOW);
    await importBackup(file, 'replace');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(file.settings)).toBe(Object.prototype);
    const backup = await exportBackup(NOW);
    expect(backup.events[0]).toEqual({ id: 'k', type: 'check-in', at: NOW, answers: { ok: 'fine' } });
    expect(backup.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(Object.getPrototypeOf((backup.events[0] as { answers: object }).answers)).toBe(Object.prototype);
  });
});

describe('all or nothing while writing', () => {
  beforeEach(storeSeed);

  it('changes nothing when the database write fails part way', async () => {
    const before = await everything();
    const file = parseBackup(text2(), NOW);
    let puts = 0;
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<typeof realPut>
    ) {
      if (++puts === 3) throw new DOMException('disk full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    await expect(importBackup(file, 'replace')).rejects.toMatchObject({ key: 'data_importFailed' });
    vi.restoreAllMocks();
    expect(await everything()).toBe(before);
  });

  it('puts the database back when the settings write fails after it committed', async () => {
    const before = await everything();
    const file = parseBackup(text2(), NOW);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(importBackup(file, 'replace')).rejects.toMatchObject({ key: 'data_importFailed' });
    expect(await everything()).toBe(before);
  });

  function text2(): string {
    return JSON.stringify(
      validFile({
        events: [1, 2, 3, 4, 5].map((i) => ({ id: `new${i}`, type: 'paused' as const, at: NOW - i })),
        list: { people: [{ id: 'z', label: 'Z', note: '', names: [], addedAt: NOW, profiles: [] }] },
      }),
    );
  }
});

describe('file name', () => {
  it('carries the local date', () => {
    expect(backupFileName(new Date(2024, 5, 1, 23, 30))).toBe('breathing-room-backup-2024-06-01.json');
  });
});
