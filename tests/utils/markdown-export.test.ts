import { describe, expect, it } from 'vitest';
import { addReflection } from '../../utils/db';
import { exportJournalMarkdown, markdownFileName, reflectionsToMarkdown } from '../../utils/markdown-export';
import type { Reflection } from '../../utils/model';
import { saveList } from '../../utils/settings';

const at = Date.UTC(2024, 2, 3, 20, 14);
const options = { locale: 'en-GB', timeZone: 'Europe/London', exportedAt: Date.UTC(2024, 5, 1, 12) };
// The exact wording of dates varies between ICU versions; compare with what Intl produces here.
const heading = (t: number, timeZone = options.timeZone) =>
  `## ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(t)}`;

describe('reflectionsToMarkdown', () => {
  it('writes a dated entry with mood, place, person, prompt and the exact words', () => {
    const r: Reflection = {
      id: 'r1',
      text: 'I wanted to look.\n\nI breathed instead. <b>not bold</b>',
      mood: 3,
      prompt: 'What are you hoping to find?',
      source: 'pause',
      personId: 'p1',
      createdAt: at,
      updatedAt: at,
    };
    const list = { people: [{ id: 'p1', label: 'Alex', note: '', names: [], profiles: [], addedAt: 0 }] };
    expect(reflectionsToMarkdown([r], { ...options, list })).toBe(
      [
        '# Your reflections',
        '',
        'Exported from Breathing Room on 1 June 2024.',
        '',
        '---',
        '',
        heading(at),
        '',
        '*Mood: 3 of 5 · Written on the pause page · About Alex*',
        '',
        '> What are you hoping to find?',
        '',
        'I wanted to look.',
        '',
        'I breathed instead. <b>not bold</b>',
        '',
      ].join('\n'),
    );
  });

  it('lists entries oldest first, separated by rules, without notes it has no data for', () => {
    const make = (id: string, createdAt: number): Reflection => ({
      id,
      text: id,
      source: 'popup',
      createdAt,
      updatedAt: createdAt,
    });
    const md = reflectionsToMarkdown([make('second', at + 60_000), make('first', at)], options);
    expect(md.indexOf('first')).toBeLessThan(md.indexOf('second'));
    expect(md.match(/\n---\n/g)).toHaveLength(2);
    expect(md).toContain('*Written in the popup*');
    expect(md).not.toContain('Mood');
  });

  it('says so when there is nothing yet', () => {
    expect(reflectionsToMarkdown([], options)).toContain('No reflections yet.');
  });

  it('uses the time zone for dates', () => {
    const r: Reflection = { id: 'r', text: 'x', source: 'journal', createdAt: at, updatedAt: at };
    const md = reflectionsToMarkdown([r], { ...options, timeZone: 'Asia/Kolkata' });
    expect(md).toContain(heading(at, 'Asia/Kolkata'));
    expect(heading(at, 'Asia/Kolkata')).toMatch(/4 March 2024.*01:44/);
  });
});

describe('exportJournalMarkdown', () => {
  it('reads every stored reflection and names the person', async () => {
    await saveList({ people: [{ id: 'p1', label: 'Alex', note: '', names: [], profiles: [], addedAt: 1 }] });
    await addReflection({ text: 'one', source: 'journal', personId: 'p1' });
    await addReflection({ text: 'two', source: 'popup' });
    const md = await exportJournalMarkdown(options);
    expect(md).toContain('one');
    expect(md).toContain('two');
    expect(md).toContain('About Alex');
  });
});

describe('markdownFileName', () => {
  it('carries the local date', () => {
    expect(markdownFileName(new Date(2024, 0, 9))).toBe('breathing-room-reflections-2024-01-09.md');
  });
});
