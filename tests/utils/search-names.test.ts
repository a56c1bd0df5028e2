import { describe, expect, it } from 'vitest';
import { findName, type NameEntry, nameKey, nameTokens, searchQuery } from '../../utils/search-names';
import { splitUrl } from '../../utils/url-parts';
import { describeUrlTable } from './platforms/suite';

describeUrlTable('google', 5, 5);
describeUrlTable('bing', 5, 5);
describeUrlTable('duckduckgo', 5, 5);
describeUrlTable('yahoo', 5, 5);
describeUrlTable('ecosia', 5, 5);
describeUrlTable('brave', 5, 5);

describe('nameTokens', () => {
  it.each([
    ['Alex Smith', ['alex', 'smith']],
    ['  JOSÉ   Núñez ', ['jose', 'nunez']],
    ['Zoë-Ann O’Brien', ['zoe', 'ann', 'o', 'brien']],
    ['alex+smith%27s', ['alex', 'smith', '27s']],
    ['Алексей Смирнов', ['алексеи', 'смирнов']],
    ['', []],
    ['!!!', []],
  ])('splits %j into %j', (text, tokens) => {
    expect(nameTokens(text)).toEqual(tokens);
  });
});

describe('nameKey', () => {
  it.each([
    [['alex', 'smith', 'jones'], 'alex smith'],
    [['alex', 'smith'], 'alex smith'],
    [['jo'], 'jo'],
  ])('keys %j by its first two words: %j', (tokens, key) => {
    expect(nameKey(tokens)).toBe(key);
  });
});

describe('findName', () => {
  const names = new Map<string, NameEntry<string>[]>([
    ['alex smith', [{ tokens: ['alex', 'smith'], value: 'alex smith', order: 0 }]],
    ['jo', [{ tokens: ['jo'], value: 'jo', order: 1 }]],
  ]);

  it.each([
    ['Alex Smith instagram', 'alex smith'],
    ['who is alex smith?', 'alex smith'],
    ['ALEX-SMITH', 'alex smith'],
    ['jo', 'jo'],
    ['Jo Malone perfume', 'jo'],
  ])('finds a listed name in %j', (query, found) => {
    expect(findName(query, names)).toBe(found);
  });

  it.each(['alexander smithson', 'alex smithson', 'smith alex', 'alex', 'john', 'joanna', ''])(
    'finds nothing in %j',
    (query) => {
      expect(findName(query, names)).toBeUndefined();
    },
  );
});

describe('searchQuery', () => {
  const query = (url: string) => searchQuery(splitUrl(url, true) ?? (undefined as never));

  it.each([
    ['https://www.google.com/search?q=alex+smith', 'alex smith'],
    ['https://www.google.co.jp/webhp#q=alex', 'alex'],
    ['https://www.bing.com/search?q=a%20b', 'a b'],
    ['https://html.duckduckgo.com/html/?q=x', 'x'],
    ['https://fr.search.yahoo.com/search?p=y', 'y'],
    ['https://search.brave.com/search?q=z', 'z'],
    ['https://www.ecosia.org/search?q=w', 'w'],
  ])('reads the query of %s', (url, text) => {
    expect(query(url)).toBe(text);
  });

  it.each([
    'https://www.yahoo.com/search?p=alex',
    'https://brave.com/search?q=alex',
    'https://www.example.com/search?q=alex',
    'https://www.google.com/search?hl=en',
  ])('reads nothing from %s', (url) => {
    expect(query(url)).toBeUndefined();
  });
});
