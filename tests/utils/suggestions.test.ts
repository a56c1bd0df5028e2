import { describe, expect, it } from 'vitest';
import { cleanSuggestions, safeLink } from '../../utils/suggestions';

describe('safeLink', () => {
  it.each([
    ['https://open.spotify.com/playlist/1', 'https://open.spotify.com/playlist/1'],
    ['  http://example.com ', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['file:///etc/passwd', null],
    ['chrome://settings', null],
    ['example.com', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(safeLink(input)).toBe(expected);
  });
});

describe('cleanSuggestions', () => {
  it('keeps text, links and text with links; drops empty rows', () => {
    const { suggestions, badLinks } = cleanSuggestions([
      { text: 'Call Sam', url: '' },
      { text: '', url: '' },
      { text: 'Playlist', url: 'https://example.com/p' },
      { text: '', url: 'https://example.com/walk' },
    ]);
    expect(badLinks).toEqual([]);
    expect(suggestions).toEqual([
      { text: 'Call Sam' },
      { text: 'Playlist', url: 'https://example.com/p' },
      { text: 'https://example.com/walk', url: 'https://example.com/walk' },
    ]);
  });

  it('refuses a row whose link is not http(s), naming it', () => {
    const { suggestions, badLinks } = cleanSuggestions([
      { text: 'Fine', url: '' },
      { text: 'Sneaky', url: 'javascript:alert(1)' },
    ]);
    expect(badLinks).toEqual([1]);
    expect(suggestions).toEqual([{ text: 'Fine' }]);
  });

  it('keeps at most five', () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ text: `S${i}`, url: '' }));
    expect(cleanSuggestions(rows).suggestions).toHaveLength(5);
  });
});
