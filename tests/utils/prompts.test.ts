import { describe, expect, it } from 'vitest';
import { listLocales, readLocale } from '../../utils/build/locales';
import { t } from '../../utils/i18n';
import { isPromptKey, PROMPT_KEYS, pickPrompt } from '../../utils/prompts';

describe('reflection prompts', () => {
  it('offers about eight prompts', () => {
    expect(PROMPT_KEYS.length).toBeGreaterThanOrEqual(8);
  });

  it.each(listLocales())('every prompt has a message in %s', (locale) => {
    const messages = readLocale(locale);
    expect(PROMPT_KEYS.filter((key) => !messages[key])).toEqual([]);
  });

  it('uses the person label rather than a pronoun', () => {
    const texts = PROMPT_KEYS.map((key) => t(key, 'Alex'));
    expect(texts).toContain('Are you missing Alex, or the idea of Alex?');
    expect(texts.join(' ')).not.toMatch(/\b(him|her|he|she)\b/i);
  });

  it('rotates: random numbers across [0, 1) reach every prompt', () => {
    const seen = new Set(Array.from({ length: 100 }, (_, i) => pickPrompt(i / 100)));
    expect(seen.size).toBe(PROMPT_KEYS.length);
  });

  it.each(PROMPT_KEYS.map((key) => [key]))('never repeats the previous prompt %s', (previous) => {
    for (let r = 0; r < 1; r += 0.05) expect(pickPrompt(r, previous)).not.toBe(previous);
  });

  it.each([-1, 1, 5, Number.NaN])('stays in range for an out-of-range random %s', (random) => {
    expect(isPromptKey(pickPrompt(random))).toBe(true);
  });

  it('recognises only its own keys', () => {
    expect(isPromptKey('pause_promptHoping')).toBe(true);
    expect(isPromptKey('pause_goBack')).toBe(false);
    expect(isPromptKey(3)).toBe(false);
  });
});
