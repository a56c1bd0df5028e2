import { t } from '@/utils/i18n';
import './breathing-circle.css';

/**
 * A circle that grows for four seconds and shrinks for four, with "Breathe in" and
 * "Breathe out" fading in turn. Decorative for screen readers (the hint says it in words);
 * still, with one calm word and a hint to match, when the user prefers reduced motion.
 */
export function BreathingCircle() {
  return (
    <div class="breathing">
      <div class="breathing-circle" aria-hidden="true">
        <span class="breathing-word breathing-in">{t('pause_breatheIn')}</span>
        <span class="breathing-word breathing-out">{t('pause_breatheOut')}</span>
        <span class="breathing-word breathing-still">{t('pause_breatheStill')}</span>
      </div>
      <p class="breathing-hint breathing-hint-moving">{t('pause_breatheHint')}</p>
      <p class="breathing-hint breathing-hint-still">{t('pause_breatheHintStill')}</p>
    </div>
  );
}
