import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { daysText } from '@/utils/popup-format';

/** The answers, as stored on the `check-in` event. */
export interface CheckInAnswers extends Record<string, string> {
  settled: 'mostly' | 'somewhat' | 'not-yet' | '';
  intention: string;
}

export interface CheckInProps {
  goalDays: number;
  onSubmit: (answers: CheckInAnswers) => Promise<void>;
}

type Phase = 'asking' | 'saving' | 'done' | 'failed';

function settledChoices(): { value: CheckInAnswers['settled']; label: string }[] {
  return [
    { value: 'mostly', label: t('popup_checkInSettledMostly') },
    { value: 'somewhat', label: t('popup_checkInSettledSomewhat') },
    { value: 'not-yet', label: t('popup_checkInSettledNotYet') },
  ];
}

/** The check-in at the personal goal: have emotions settled, and what would reaching out be for. */
export function CheckIn({ goalDays, onSubmit }: CheckInProps) {
  const [phase, setPhase] = useState<Phase>('asking');
  const [settled, setSettled] = useState<CheckInAnswers['settled']>('');
  const [intention, setIntention] = useState('');
  const id = useId();
  const thanks = useRef<HTMLParagraphElement>(null);

  useLayoutEffect(() => {
    if (phase === 'done') thanks.current?.focus();
  }, [phase]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setPhase('saving');
    try {
      await onSubmit({ settled, intention: intention.trim() });
      setPhase('done');
    } catch {
      setPhase('failed');
    }
  };

  if (phase === 'done') {
    return (
      <section class="card check-in" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('popup_checkInTitle')}</h2>
        <p role="status" tabIndex={-1} ref={thanks}>
          {t('popup_checkInThanks')}
        </p>
      </section>
    );
  }
  return (
    <section class="card check-in" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('popup_checkInTitle')}</h2>
      <p>{t('popup_checkInIntro', daysText(goalDays))}</p>
      <form onSubmit={submit}>
        <fieldset>
          <legend>{t('popup_checkInSettledQuestion')}</legend>
          {settledChoices().map((c) => (
            <label key={c.value} class="choice">
              <input
                type="radio"
                name={`${id}-settled`}
                value={c.value}
                checked={settled === c.value}
                onChange={() => setSettled(c.value)}
              />
              {c.label}
            </label>
          ))}
        </fieldset>
        <label class="field" for={`${id}-intention`}>
          {t('popup_checkInIntentionQuestion')}
        </label>
        <textarea
          id={`${id}-intention`}
          rows={3}
          maxLength={10000}
          value={intention}
          onInput={(e) => setIntention(e.currentTarget.value)}
        />
        {phase === 'failed' && (
          <p class="form-hint" role="alert">
            {t('popup_checkInFailed')}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={phase === 'saving'}>
            {t('popup_checkInSave')}
          </button>
        </div>
      </form>
    </section>
  );
}
