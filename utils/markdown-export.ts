/**
 * The journal as a Markdown file, oldest first, so it reads like a diary. The user's own
 * words are copied exactly; only the headings and notes around them are ours.
 */
import { browser } from 'wxt/browser';
import { listReflections } from './db';
import { t } from './i18n';
import type { PeopleList, Reflection, ReflectionSource } from './model';
import { getList } from './settings';

/** How the Markdown is dated and whom it names. */
export interface MarkdownOptions {
  list?: PeopleList;
  /** BCP 47 locale for dates; the browser's UI language by default. */
  locale?: string;
  timeZone?: string;
  exportedAt?: number;
}

const SOURCE_KEYS: Record<ReflectionSource, string> = {
  pause: 'data_markdownSourcePause',
  popup: 'data_markdownSourcePopup',
  journal: 'data_markdownSourceJournal',
};

function formatter(options: MarkdownOptions, style: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = options.locale ?? browser.i18n.getUILanguage();
  try {
    return new Intl.DateTimeFormat(locale, { ...style, timeZone: options.timeZone });
  } catch {
    return new Intl.DateTimeFormat('en', { ...style, timeZone: options.timeZone });
  }
}

function entry(r: Reflection, names: Map<string, string>, when: Intl.DateTimeFormat): string {
  const notes = [
    r.mood ? t('data_markdownMood', String(r.mood)) : null,
    t(SOURCE_KEYS[r.source]),
    r.personId && names.get(r.personId) ? t('data_markdownAbout', names.get(r.personId)) : null,
  ].filter((n): n is string => n !== null);
  const parts = [`## ${when.format(r.createdAt)}`, `*${notes.join(' · ')}*`];
  if (r.prompt)
    parts.push(
      r.prompt
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n'),
    );
  parts.push(r.text);
  return parts.join('\n\n');
}

/** Reflections (any order) as one Markdown document, oldest first. */
export function reflectionsToMarkdown(reflections: Reflection[], options: MarkdownOptions = {}): string {
  const names = new Map((options.list?.people ?? []).map((p) => [p.id, p.label]));
  const when = formatter(options, { dateStyle: 'full', timeStyle: 'short' });
  const day = formatter(options, { dateStyle: 'long' });
  const header = [
    `# ${t('data_markdownTitle')}`,
    t('data_markdownExported', day.format(options.exportedAt ?? Date.now())),
  ];
  const body = [...reflections].sort((a, b) => a.createdAt - b.createdAt).map((r) => entry(r, names, when));
  if (body.length === 0) body.push(t('data_markdownEmpty'));
  return `${[...header, ...body].join('\n\n---\n\n').replace('\n\n---\n\n', '\n\n')}\n`;
}

/** The whole journal as Markdown, read from storage. */
export async function exportJournalMarkdown(options: Omit<MarkdownOptions, 'list'> = {}): Promise<string> {
  const [reflections, list] = await Promise.all([listReflections(), getList()]);
  return reflectionsToMarkdown(reflections, { ...options, list });
}

/** A file name like `breathing-room-reflections-2024-06-01.md` (the user's local date). */
export function markdownFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `breathing-room-reflections-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.md`;
}
