import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { ContactKind } from '@/utils/model';

export interface ContactLogFormProps {
  /** Stores the contact; the popup then shows the restarted streak. */
  onLog: (kind: ContactKind, note?: string) => Promise<void>;
}

type Phase = 'closed' | 'open' | 'saving' | 'done' | 'failed';

function kinds(): { kind: ContactKind; label: string }[] {
  return [
    { kind: 'i-reached-out', label: t('popup_contactIReachedOut') },
    { kind: 'we-talked', label: t('popup_contactWeTalked') },
    { kind: 'they-reached-out-i-replied', label: t('popup_contactTheyReachedOut') },
  ];
}

/** "I broke no-contact": one short step (what happened, an optional note), met kindly. */
export function ContactLogForm({ onLog }: ContactLogFormProps) {
  const [phase, setPhase] = useState<Phase>('closed');
  const [kind, setKind] = useState<ContactKind | null>(null);
  const [note, setNote] = useState('');
  const [missingKind, setMissingKind] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);
  const message = useRef<HTMLParagraphElement>(null);

  useLayoutEffect(() => {
    if (phase === 'open') firstChoice.current?.focus();
    if (phase === 'done') message.current?.focus();
  }, [phase]);

  const close = () => {
    setPhase('closed');
    setMissingKind(false);
    // Return focus where the keyboard user left off.
    queueMicrotask(() => toggle.current?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!kind) return setMissingKind(true);
    setPhase('saving');
    try {
      await onLog(kind, note.trim() || undefined);
      setPhase('done');
    } catch {
      setPhase('failed');
    }
  };

  if (phase === 'done') {
    return (
      <p class="contact-done" role="status" tabIndex={-1} ref={message}>
        {t('popup_contactKindMessage')}
      </p>
    );
  }
  const open = phase !== 'closed';
  return (
    <div class="contact">
      <button
        type="button"
        class="contact-toggle"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={open ? `${id}-form` : undefined}
        ref={toggle}
        onClick={() => (open ? close() : setPhase('open'))}
      >
        {t('popup_contactToggle')}
      </button>
      {open && (
        <form id={`${id}-form`} class="contact-form card" onSubmit={submit} aria-labelledby={`${id}-legend`}>
          <fieldset aria-describedby={missingKind ? `${id}-missing` : undefined}>
            <legend id={`${id}-legend`}>{t('popup_contactQuestion')}</legend>
            {kinds().map((k, i) => (
              <label key={k.kind} class="choice">
                <input
                  type="radio"
                  name={`${id}-kind`}
                  value={k.kind}
                  checked={kind === k.kind}
                  ref={i === 0 ? firstChoice : undefined}
                  onChange={() => {
                    setKind(k.kind);
                    setMissingKind(false);
                  }}
                />
                {k.label}
              </label>
            ))}
          </fieldset>
          {missingKind && (
            <p id={`${id}-missing`} class="form-hint" role="alert">
              {t('popup_contactChooseFirst')}
            </p>
          )}
          <label class="field" for={`${id}-note`}>
            {t('popup_contactNoteLabel')}
          </label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={2000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          {phase === 'failed' && (
            <p class="form-hint" role="alert">
              {t('popup_contactFailed')}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="primary" disabled={phase === 'saving'}>
              {t('popup_contactSubmit')}
            </button>
            <button type="button" onClick={close}>
              {t('popup_cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
