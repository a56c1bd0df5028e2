import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

interface Props {
  /** The button that opens the question, e.g. "Remove". */
  label: string;
  /** Extra accessible name for the opener when `label` alone is ambiguous ("Remove @alex"). */
  labelFor?: string;
  /** The question, saying plainly what happens. */
  message: string;
  /** The button that does it, e.g. "Remove Alex". */
  confirmLabel: string;
  onConfirm: () => void;
  className?: string;
}

/**
 * A button that asks once before acting. Inline rather than a modal, so it works the same
 * at 360 px, with a keyboard and with a screen reader; "Keep" is focused, the calm default.
 */
export function ConfirmDialog({ label, labelFor, message, confirmLabel, onConfirm, className }: Props) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const id = useId();

  useEffect(() => {
    if (open) keep.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button
        type="button"
        ref={opener}
        class={className}
        aria-label={labelFor}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby={`${id}-q`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <p id={`${id}-q`}>{message}</p>
      <div class="confirm-actions">
        <button type="button" ref={keep} onClick={() => setOpen(false)}>
          {t('options_keep')}
        </button>
        <button
          type="button"
          class="primary"
          onClick={() => {
            setOpen(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
