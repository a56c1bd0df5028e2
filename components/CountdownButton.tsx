import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface CountdownButtonProps {
  /** Seconds before the button enables; 0 enables it at once. */
  seconds: number;
  label: string;
  /** A consequence stated beside the button ("Continuing ends your 23-day streak."). */
  note?: string;
  onClick: () => void;
  /** Disables the button regardless of the countdown (e.g. while continuing). */
  busy?: boolean;
}

/**
 * A secondary button that enables after a countdown. The visible seconds tick, but screen
 * readers hear only the start and the end, so the live region stays quiet in between.
 */
export function CountdownButton({ seconds, label, note, onClick, busy }: CountdownButtonProps) {
  const id = useId();
  const total = Math.max(0, Math.floor(seconds));
  const [left, setLeft] = useState(total);

  useEffect(() => {
    if (total === 0) return;
    const startedAt = Date.now();
    // Counted from the start time, so a throttled background tab still ends on time.
    const timer = setInterval(() => {
      const remaining = Math.max(0, total - Math.floor((Date.now() - startedAt) / 1000));
      setLeft(remaining);
      if (remaining === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [total]);

  const waiting = left > 0;
  const describedBy = [waiting ? `${id}-left` : '', note ? `${id}-note` : ''].filter(Boolean).join(' ');
  return (
    <div class="countdown">
      <button
        type="button"
        class="secondary"
        disabled={waiting || busy}
        aria-describedby={describedBy || undefined}
        onClick={onClick}
      >
        {label}
      </button>
      {waiting && (
        <span class="countdown-left" id={`${id}-left`} aria-hidden="true">
          {t('pause_countdownLeft', String(left))}
        </span>
      )}
      {note && (
        <p class="countdown-note" id={`${id}-note`}>
          {note}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite">
        {total === 0 ? '' : waiting ? t('pause_countdownStart', String(total)) : t('pause_countdownDone')}
      </p>
    </div>
  );
}
