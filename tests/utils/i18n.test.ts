import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listLocales, localeFiles, readLocale } from '../../utils/build/locales';
import { t, translateMarked } from '../../utils/i18n';
import { stubPackagedFiles } from '../support/packaged-files';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

/** Every literal key passed to t('…'), named as __MSG_…__, or marked data-msg="…" in the shipped source. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const dir of ['entrypoints', 'components', 'utils']) {
    for (const file of sourceFiles(join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1] as string);
      for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(m[1] as string);
      for (const m of text.matchAll(/\bdata-msg="([A-Za-z0-9_]+)"/g)) keys.add(m[1] as string);
    }
  }
  return keys;
}

describe('i18n', () => {
  it('ships English and at least one more locale', () => {
    expect(listLocales()).toContain('en');
    expect(listLocales().length).toBeGreaterThanOrEqual(2);
  });

  it.each(listLocales())('locale %s has every key used in the source', (locale) => {
    const messages = readLocale(locale);
    const missing = [...usedKeys()].filter((key) => !(key in messages));
    expect(missing).toEqual([]);
  });

  it('the build refuses a locale that lacks an English key', () => {
    // localeFiles() throws when keys are missing; with the real files it succeeds.
    expect(() => localeFiles()).not.toThrow();
  });

  it('answers t() from the real English messages', () => {
    expect(t('pauseTitle')).toBe('Take a breath');
  });

  it('shows the key rather than a blank for an unknown key', () => {
    expect(t('noSuchKeyAnywhere')).toBe('noSuchKeyAnywhere');
  });
});

// Chromium can leave an extension page's renderer process with an empty message table
// (utils/i18n-packaged.ts): getMessage then answers '' for every key, @@extension_id too.
describe('t() when the browser lost the message table', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads the packaged messages of the UI language, once per page', () => {
    const opened = stubPackagedFiles();
    fakeBrowser.i18n.getMessage = () => '';
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Breathing Room',
      version: '1',
      default_locale: 'en',
    });
    expect(t('pauseTitle')).toBe('Take a breath');
    expect(t('data_importTooLarge', '5')).toMatch(/^This file is larger than 5 MB, /);
    expect(t('optionsTitle')).toBe(readLocale('en').optionsTitle?.message);
    expect(t('noSuchKeyAnywhere')).toBe('noSuchKeyAnywhere');
    expect(opened.map((r) => r.path)).toEqual([
      '/_locales/en_US/messages.json',
      '/_locales/en/messages.json',
    ]);
  });

  it('reads no file for a key the loaded table merely lacks', () => {
    const opened = stubPackagedFiles();
    expect(t('noSuchKeyAnywhere')).toBe('noSuchKeyAnywhere');
    expect(opened).toEqual([]);
  });
});

describe('translateMarked', () => {
  const messages: Record<string, string> = {
    greeting: 'Take a breath',
    markup: '<img src=x onerror="alert(1)">',
  };
  const lookup = (key: string) => messages[key] ?? '';

  it('fills each element marked with a key with its message, from the real messages by default', () => {
    document.body.innerHTML = '<p data-msg="pauseTitle"></p><p>kept</p>';
    translateMarked(document.body);
    expect([...document.querySelectorAll('p')].map((e) => e.textContent)).toEqual(['Take a breath', 'kept']);
  });

  it('inserts a message as text, never as markup', () => {
    document.body.innerHTML = '<p data-msg="markup"></p>';
    translateMarked(document.body, lookup);
    const p = document.querySelector('p') as HTMLElement;
    expect(p.textContent).toBe(messages.markup);
    expect(p.querySelector('img')).toBeNull();
  });

  it('shows an unknown key rather than a blank', () => {
    document.body.innerHTML = '<p data-msg="noSuchKey"></p>';
    translateMarked(document.body, lookup);
    expect(document.querySelector('p')?.textContent).toBe('noSuchKey');
  });
});
