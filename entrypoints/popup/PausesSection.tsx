import { PauseChart, type PauseDay } from '@/components/PauseChart';
import { t } from '@/utils/i18n';
import { turnedBackText } from '@/utils/popup-format';
import type { Resolved } from './use-resolved';

interface Props {
  turnedBack: Resolved<number>;
  days: Resolved<PauseDay[]>;
}

/** This week's turning back, and the last fourteen days of pauses. */
export function PausesSection({ turnedBack, days }: Props) {
  const failed = turnedBack.error !== undefined || days.error !== undefined;
  return (
    <section class="card pauses-card" aria-labelledby="pauses-heading">
      <h2 id="pauses-heading">{t('popup_pausesHeading')}</h2>
      {turnedBack.value !== undefined && (
        <p class="week-count" data-testid="week-count">
          {turnedBackText(turnedBack.value)}
        </p>
      )}
      <p class="muted small">{t('popup_weekMeaning')}</p>
      {days.value && <PauseChart days={days.value} />}
      {failed && <p class="form-hint">{t('popup_loadFailed')}</p>}
    </section>
  );
}
