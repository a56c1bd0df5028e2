import { StreakRing } from '@/components/StreakRing';
import { t } from '@/utils/i18n';
import { ringTarget, todaysNote } from '@/utils/popup-data';
import { daysText } from '@/utils/popup-format';
import type { StreakNow } from '@/utils/streak';

interface Props {
  streak: StreakNow;
  /** The check-in is (or may be about to be) showing and speaks of the goal; don't say it twice. */
  checkInShown: boolean;
  onOpenOptions: () => void;
}

function Note({ streak, checkInShown }: { streak: StreakNow; checkInShown: boolean }) {
  const note = todaysNote(streak);
  if (!note || (note.kind === 'goal' && checkInShown)) return null;
  const days = daysText(note.days);
  return (
    <p class="milestone-note" data-testid="milestone-note">
      {note.kind === 'goal' ? t('popup_goalNote', days) : t('popup_milestoneNote', days)}
    </p>
  );
}

/** The streak at a glance: the ring, the next step, the best streak, and today's note. */
export function StreakSection({ streak, checkInShown, onOpenOptions }: Props) {
  return (
    <section class="card streak-card" aria-labelledby="streak-heading">
      <h2 id="streak-heading" class="visually-hidden">
        {t('popup_streakHeading')}
      </h2>
      {streak.started ? (
        <>
          <StreakRing
            days={streak.current.days}
            hours={streak.current.hours}
            bestDays={streak.best.days}
            target={ringTarget(streak)}
          />
          <Note streak={streak} checkInShown={checkInShown} />
        </>
      ) : (
        <div class="not-started">
          <p>{t('popup_notStarted')}</p>
          <button type="button" class="primary" onClick={onOpenOptions}>
            {t('popup_notStartedButton')}
          </button>
        </div>
      )}
    </section>
  );
}
