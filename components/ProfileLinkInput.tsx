import { t } from '@/utils/i18n';

/** How the pasted text reads: recognised, refused with a reason, or nothing yet. */
export interface LinkStatus {
  tone: 'none' | 'ok' | 'error' | 'info';
  text: string;
}

interface Props {
  id: string;
  value: string;
  status: LinkStatus;
  onInput: (value: string) => void;
}

/** The one field that adds someone: paste a link, see at once what it is. Enter submits the form. */
export function ProfileLinkInput({ id, value, status, onInput }: Props) {
  const statusId = `${id}-status`;
  return (
    <div class="link-input">
      <label for={id}>{t('options_profileLink')}</label>
      <input
        id={id}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        value={value}
        placeholder={t('options_profileLinkPlaceholder')}
        aria-describedby={statusId}
        aria-invalid={status.tone === 'error' ? 'true' : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p id={statusId} class={`link-status link-status--${status.tone}`} aria-live="polite">
        {status.text}
      </p>
    </div>
  );
}
