import { useId, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { Reflection } from '@/utils/model';
import './reflection-form.css';

type Mood = NonNullable<Reflection['mood']>;

export interface ReflectionFormProps {
  /** Stores the reflection; a thrown error's message is shown (it is calm, translated text). */
  onSave: (text: string, mood?: Mood) => Promise<void>;
  /** A question shown above the text box, if any. */
  prompt?: string;
  /** The text box's label. */
  label: string;
  /** The save button's name. */
  saveLabel: string;
  /** Offer a 1–5 mood choice as well. */
  askMood?: boolean;
  /** Said after saving; defaults to "Saved. Thank you for writing it down." */
  savedLabel?: string;
}

const MOODS: Mood[] = [1, 2, 3, 4, 5];
const MOOD_KEYS = ['pause_mood1', 'pause_mood2', 'pause_mood3', 'pause_mood4', 'pause_mood5'] as const;

/** A text box and a save button; saving stays put and confirms calmly. Displays only. */
export function ReflectionForm({
  onSave,
  prompt,
  label,
  saveLabel,
  askMood,
  savedLabel,
}: ReflectionFormProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [mood, setMood] = useState<Mood | undefined>(undefined);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [error, setError] = useState('');

  const save = async (event: Event) => {
    event.preventDefault();
    if (status === 'saving') return;
    setStatus('saving');
    try {
      await onSave(text, mood);
      setText('');
      setMood(undefined);
      setStatus('saved');
    } catch (thrown) {
      setError(thrown instanceof Error && thrown.message ? thrown.message : t('pause_reflectionFailed'));
      setStatus('failed');
    }
  };

  return (
    <form class="reflection-form" onSubmit={save}>
      {prompt && (
        <p class="reflection-form-prompt" id={`${id}-prompt`}>
          {prompt}
        </p>
      )}
      <label class="reflection-form-label" for={`${id}-text`}>
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        rows={4}
        value={text}
        aria-describedby={prompt ? `${id}-prompt` : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          if (status !== 'saving') setStatus('idle');
        }}
      />
      {askMood && (
        <fieldset class="reflection-form-moods">
          <legend>{t('pause_moodLegend')}</legend>
          {MOODS.map((value, i) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-mood`}
                value={value}
                checked={mood === value}
                onChange={() => setMood(value)}
              />
              {t(MOOD_KEYS[i] as string)}
            </label>
          ))}
        </fieldset>
      )}
      <div class="reflection-form-actions">
        <button type="submit" disabled={status === 'saving'}>
          {saveLabel}
        </button>
        <p class="reflection-form-status" role="status">
          {status === 'saved' && (savedLabel ?? t('pause_reflectionSaved'))}
          {status === 'failed' && error}
        </p>
      </div>
    </form>
  );
}
