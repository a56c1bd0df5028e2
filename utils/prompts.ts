/**
 * The reflection prompts the pause page rotates through: kind questions that turn the urge
 * to look into a moment of noticing. Gender-neutral on purpose; the one personal prompt
 * uses the person's own label (`$1`) rather than guessing a pronoun.
 */

/** Message keys of the prompts, in rotation order. */
export const PROMPT_KEYS = [
  'pause_promptMissing',
  'pause_promptHoping',
  'pause_promptTenMinutes',
  'pause_promptNeedRightNow',
  'pause_promptKindFriend',
  'pause_promptFeelingNow',
  'pause_promptWhatChanged',
  'pause_promptCareForYourself',
] as const;

export type PromptKey = (typeof PROMPT_KEYS)[number];

/**
 * Picks a prompt from a random number in [0, 1), never repeating `previous` so two
 * pauses in a row ask something different.
 */
export function pickPrompt(random: number, previous?: string | null): PromptKey {
  const choices = PROMPT_KEYS.filter((key) => key !== previous);
  const clamped = Number.isFinite(random) ? Math.min(Math.max(random, 0), 0.999_999) : 0;
  return choices[Math.floor(clamped * choices.length)] as PromptKey;
}

/** Narrows stored text (history state, session storage) back to a prompt key. */
export function isPromptKey(value: unknown): value is PromptKey {
  return typeof value === 'string' && (PROMPT_KEYS as readonly string[]).includes(value);
}
