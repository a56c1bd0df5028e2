import { describe, expect, it } from 'vitest';
import { translateMarked } from '../../utils/i18n-static';

const messages: Record<string, string> = {
  greeting: 'Take a breath',
  markup: '<img src=x onerror="alert(1)">',
};
const lookup = (key: string) => messages[key] ?? '';

describe('translateMarked', () => {
  it('fills each element marked data-msg with its message', () => {
    document.body.innerHTML = '<title data-msg="greeting">x</title><p data-msg="greeting"></p><p>kept</p>';
    translateMarked(document, lookup);
    expect([...document.querySelectorAll('[data-msg]')].map((e) => e.textContent)).toEqual([
      'Take a breath',
      'Take a breath',
    ]);
    expect(document.querySelector('p:not([data-msg])')?.textContent).toBe('kept');
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
