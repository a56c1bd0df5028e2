/**
 * Deterministic test and benchmark data: years of events and reflections as plain objects,
 * ready for `importRecords` (utils/db.ts). The same options always give the same data
 * (seeded PRNG), so a benchmark run can be repeated exactly.
 */
// Types only: this module has no runtime imports, so a benchmark can bundle or run it anywhere.
import type { PeopleList, Reflection, ReflectionSource, Settings, StoredEvent } from '../../utils/model';

const DAY = 86_400_000;

export interface SeedOptions {
  events: number;
  reflections: number;
  years: number;
  /** The end of the seeded period (epoch ms); data spreads over the `years` before it. */
  now: number;
  /** PRNG seed; change it for a different but equally deterministic data set. */
  seed?: number;
}

export interface Seed {
  list: PeopleList;
  settings: Settings;
  events: StoredEvent[];
  reflections: Reflection[];
}

/** mulberry32: tiny, fast, good enough to spread test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'I almost looked again today and then I did not the evening was quiet I miss the idea of ' +
  'us more than the person Café Straße naïve déjà walked by the river called Sam felt lighter ' +
  'heavier tired hopeful angry calm the song came on and I breathed instead'
).split(' ');

const PROMPTS = [
  'Are you missing him, or the idea of him?',
  'What are you hoping to find?',
  'How will you feel ten minutes after looking?',
];
const SOURCES: ReflectionSource[] = ['pause', 'popup', 'journal'];

function sortedTimes(count: number, from: number, to: number, random: () => number): number[] {
  return Array.from({ length: count }, () => Math.floor(from + random() * (to - from))).sort((a, b) => a - b);
}

function id(prefix: string, i: number): string {
  return `${prefix}-${i.toString(36).padStart(6, '0')}`;
}

/**
 * Events as a heavy user makes them: mostly a pause followed by turning back, sometimes by
 * continuing (rarely counted as contact), a few logged contacts and check-ins.
 */
function makeEvents(count: number, from: number, to: number, random: () => number): StoredEvent[] {
  if (count <= 0) return [];
  const times = sortedTimes(count - 1, from, to, random);
  const events: StoredEvent[] = [{ id: id('e', 0), type: 'start-date-set', at: from, startDate: from }];
  let lastPause: string | null = null;
  times.forEach((at, i) => {
    const eventId = id('e', i + 1);
    const roll = random();
    if (roll < 0.0004) events.push({ id: eventId, type: 'contact-logged', at, kind: 'i-reached-out' });
    else if (roll < 0.0006)
      events.push({ id: eventId, type: 'check-in', at, answers: { settled: 'a little' } });
    else if (lastPause && roll < 0.9) {
      const pauseId = lastPause;
      events.push(
        roll < 0.82
          ? { id: eventId, type: 'turned-back', at, pauseId, personId: 'p1' }
          : { id: eventId, type: 'continued', at, pauseId, personId: 'p1', countsAsContact: random() < 0.05 },
      );
      lastPause = null;
      return;
    } else
      events.push({
        id: eventId,
        type: 'paused',
        at,
        personId: 'p1',
        profileId: 'f1',
        platform: 'instagram',
      });
    lastPause = events.at(-1)?.type === 'paused' ? eventId : null;
  });
  return events;
}

function makeReflections(count: number, from: number, to: number, random: () => number): Reflection[] {
  return sortedTimes(count, from, to, random).map((createdAt, i) => {
    const length = 5 + Math.floor(random() ** 2 * 120);
    const text = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    const r: Reflection = {
      id: id('r', i),
      text,
      source: SOURCES[i % 3] as ReflectionSource,
      createdAt,
      updatedAt: createdAt,
    };
    if (random() < 0.6) r.mood = (1 + Math.floor(random() * 5)) as Reflection['mood'];
    if (r.source === 'pause') r.prompt = PROMPTS[i % PROMPTS.length];
    return r;
  });
}

/** A deterministic data set: a small list, settings, and the requested events and reflections. */
export function makeSeed(options: SeedOptions): Seed {
  const random = prng(options.seed ?? 1);
  const from = options.now - Math.round(options.years * 365 * DAY);
  const list: PeopleList = {
    people: [
      {
        id: 'p1',
        label: 'Alex',
        note: '',
        names: ['Alex Example'],
        addedAt: from,
        profiles: [
          {
            id: 'f1',
            platform: 'instagram',
            key: 'alex',
            handle: '@alex',
            url: 'https://www.instagram.com/alex/',
            aliases: [],
            paused: false,
            addedAt: from,
          },
        ],
      },
    ],
  };
  return {
    list,
    settings: {
      countdownSeconds: 10,
      strict: false,
      viewingCountsAsContact: true,
      startDate: from,
      goalDays: null,
      suggestions: [],
      theme: 'system',
      sync: false,
      coolingOffMs: 0,
      allowanceMinutes: 5,
      onboarded: true,
    },
    events: makeEvents(options.events, from, options.now, random),
    reflections: makeReflections(options.reflections, from, options.now, random),
  };
}

/** The seed as a backup file object (utils/backup-schema.ts), to exercise the real importer. */
export function seedBackup(seed: Seed, exportedAt: number) {
  return {
    format: 'breathing-room-backup' as const,
    version: 1 as const,
    exportedAt,
    list: seed.list,
    settings: seed.settings,
    pendingChanges: [],
    events: seed.events,
    reflections: seed.reflections,
  };
}
