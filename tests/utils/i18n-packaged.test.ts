import { afterEach, describe, expect, it, vi } from 'vitest';
import { localeFiles, readLocale } from '../../utils/build/locales';
import { formatMessage, localeFolders, readMessageTable, readPackagedFile } from '../../utils/i18n-packaged';
import { stubPackagedFiles } from '../support/packaged-files';

/** The generated `_locales` files by path, as an extension page reads them. */
const PACKAGED = new Map(localeFiles().map((f) => [`/${f.relativeDest}`, f.contents]));
const readPackaged = (path: string) => PACKAGED.get(path);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('localeFolders', () => {
  it.each([
    ['en-US', 'en', ['en_US', 'en']],
    ['en', 'en', ['en']],
    ['de', 'en', ['de', 'en']],
    ['de-AT', 'en', ['de_AT', 'de', 'en']],
    ['pt-BR', 'en', ['pt_BR', 'pt', 'en']],
  ])('%s with default %s → %j', (ui, fallback, folders) => {
    expect(localeFolders(ui, fallback)).toEqual(folders);
  });
});

describe('readMessageTable', () => {
  it('reads the most specific folder the extension has: German for de-AT', () => {
    const table = readMessageTable(localeFolders('de-AT', 'en'), readPackaged);
    expect(table.pauseTitle?.message).toBe(readLocale('de').pauseTitle?.message);
    expect(table.pauseTitle?.message).not.toBe(readLocale('en').pauseTitle?.message);
  });

  it('falls back to the default locale for a language the extension lacks', () => {
    const table = readMessageTable(localeFolders('fr-FR', 'en'), readPackaged);
    expect(table.pauseTitle?.message).toBe('Take a breath');
  });

  it('is empty when no folder has a file', () => {
    expect(readMessageTable(['xx'], readPackaged)).toEqual({});
  });
});

describe('formatMessage', () => {
  const entry = (message: string, placeholders: Record<string, string> = {}) => ({
    message,
    placeholders: Object.fromEntries(Object.entries(placeholders).map(([k, v]) => [k, { content: v }])),
  });

  it.each([
    ['plain text', entry('Take a breath'), undefined, 'Take a breath'],
    ['a named placeholder', entry('Larger than $MB$ MB', { mb: '$1' }), '5', 'Larger than 5 MB'],
    ['names in any case', entry('$Name$ and $NAME$', { name: '$1' }), ['Alex'], 'Alex and Alex'],
    ['two substitutions', entry('$A$ of $B$', { a: '$2', b: '$1' }), ['x', 'y'], 'y of x'],
    ['a fixed placeholder', entry('Hi $WHO$', { who: 'there' }), undefined, 'Hi there'],
    ['$$ as a dollar sign', entry('Costs $$5'), undefined, 'Costs $5'],
    ['a missing substitution as nothing', entry('[$N$]', { n: '$1' }), undefined, '[]'],
    ['a $ inside a substitution, as typed', entry('Say $X$', { x: '$1' }), '$2 $$', 'Say $2 $$'],
    ['an unknown placeholder, as written', entry('Keep $OTHER$', { x: '$1' }), 'a', 'Keep $OTHER$'],
  ])('fills %s', (_name, message, subs, expected) => {
    expect(formatMessage(message, subs)).toBe(expected);
  });

  it('is empty for a key the table lacks', () => {
    expect(formatMessage(undefined, 'x')).toBe('');
  });
});

describe('readPackagedFile', () => {
  it('reads a packaged file synchronously', () => {
    const opened = stubPackagedFiles();
    const text = readPackagedFile('/_locales/en/messages.json');
    expect(JSON.parse(text ?? '{}').pauseTitle.message).toBe('Take a breath');
    expect(opened).toEqual([{ path: '/_locales/en/messages.json', async: false }]);
  });

  it('answers undefined for a file the extension lacks', () => {
    stubPackagedFiles();
    expect(readPackagedFile('/_locales/en_US/messages.json')).toBeUndefined();
  });
});
