import { describe, expect, it } from 'vitest';
import {
  backSteps,
  isPausePageUrl,
  MAX_TARGET_LENGTH,
  pausePageAfterUrl,
  pausePageUrl,
  safeHttpUrl,
  targetFromHash,
} from '../../utils/pause-target';

const PAGE = 'chrome-extension://abcdefghijklmnop/pause.html';

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['HTTPS://Example.com/a', 'https://example.com/a'],
  ])('normalises %s', (raw, url) => {
    expect(safeHttpUrl(raw)).toBe(url);
  });

  it.each([undefined, null, '', 'ftp://example.com', 'https://', 'mailto:a@b.c', 'blob:https://x.com/1'])(
    'refuses %s',
    (raw) => {
      expect(safeHttpUrl(raw)).toBeNull();
    },
  );
});

describe('safeHttpUrl length', () => {
  it('accepts up to MAX_TARGET_LENGTH characters and refuses more', () => {
    const base = 'https://x.com/';
    expect(safeHttpUrl(base + 'a'.repeat(MAX_TARGET_LENGTH - base.length))).not.toBeNull();
    expect(safeHttpUrl(base + 'a'.repeat(MAX_TARGET_LENGTH - base.length + 1))).toBeNull();
  });
});

describe('pause page addresses', () => {
  it('puts the full original URL in the fragment, the same form the network rules write', () => {
    const url = 'https://www.instagram.com/alex/?a=1#b';
    const address = pausePageUrl(PAGE, url);
    expect(address).toBe(`${PAGE}#${url}`);
    expect(targetFromHash(new URL(address).hash)).toBe(url);
  });

  it.each([
    [`${PAGE}#https://x.com/a`, true],
    [PAGE, true],
    [`${PAGE}?x=1`, true],
    ['chrome-extension://abcdefghijklmnop/popup.html', false],
    [`${PAGE}x`, false],
    ['https://x.com/pause.html', false],
  ])('recognises our pause page: %s → %s', (url, expected) => {
    expect(isPausePageUrl(url, PAGE)).toBe(expected);
  });
});

describe('going back past the paused URL', () => {
  it('the backstop’s pause page goes back two entries; any other, one', () => {
    const address = new URL(pausePageAfterUrl(PAGE, 'https://news.example/alex'));
    expect(backSteps(address.search)).toBe(2);
    expect(targetFromHash(address.hash)).toBe('https://news.example/alex');
    expect(backSteps('')).toBe(1);
    expect(backSteps('?back=7')).toBe(1);
  });
});
