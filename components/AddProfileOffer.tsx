import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface AddProfileOfferProps {
  /** The platform's display name, e.g. "Instagram". */
  platform: string;
  /** The profile as the user knows it, e.g. "@alex". */
  handle: string;
  /** Lists the profile; resolves once it is stored. */
  onAdd: () => Promise<void>;
}

type Phase = 'idle' | 'adding' | 'added' | 'failed';

/** Offers to list the profile open in the current tab, showing what was recognised. */
export function AddProfileOffer({ platform, handle, onAdd }: AddProfileOfferProps) {
  const [phase, setPhase] = useState<Phase>('idle');
  const confirmation = useRef<HTMLParagraphElement>(null);
  const profile = t('popup_profileName', [platform, handle]);

  useLayoutEffect(() => {
    if (phase === 'added') confirmation.current?.focus();
  }, [phase]);

  const add = async () => {
    setPhase('adding');
    try {
      await onAdd();
      setPhase('added');
    } catch {
      setPhase('failed');
    }
  };

  if (phase === 'added') {
    return (
      <section class="card add-profile" aria-label={t('popup_addProfileHeading')}>
        <p role="status" tabIndex={-1} ref={confirmation}>
          {t('popup_addProfileAdded', profile)}
        </p>
      </section>
    );
  }
  return (
    <section class="card add-profile" aria-label={t('popup_addProfileHeading')}>
      <p class="add-profile-what">
        <span class="muted">{t('popup_addProfileThisPage')}</span>{' '}
        <strong data-testid="offer-profile">{profile}</strong>
      </p>
      {phase === 'failed' && (
        <p class="form-hint" role="alert">
          {t('popup_addProfileFailed')}
        </p>
      )}
      <button type="button" class="primary" onClick={add} disabled={phase === 'adding'}>
        {t('popup_addProfileButton')}
      </button>
    </section>
  );
}
