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
 * A secondary button that enables after a countdown, and the consequence it carries. The
 * visible seconds tick, but screen readers hear only the start and the end, so the live
 * region stays quiet in between. Renders siblings, so the page decides the layout.
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
  // The seconds sit inside the button but are hidden from its accessible name, which stays
  // exactly the label; screen readers get the live region instead.
  return (
    <>
      <button
        type="button"
        class="secondary countdown-button"
        disabled={waiting || busy}
        aria-describedby={note ? `${id}-note` : undefined}
        onClick={onClick}
      >
        {label}
        {waiting && (
          <span class="countdown-left" aria-hidden="true">
            {t('pause_countdownLeft', String(left))}
          </span>
        )}
      </button>
      {note && (
        <p class="countdown-note" id={`${id}-note`}>
          {note}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite">
        {total === 0 ? '' : waiting ? t('pause_countdownStart', String(total)) : t('pause_countdownDone')}
      </p>
    </>
  );
}
