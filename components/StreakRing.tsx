import { t } from '@/utils/i18n';
import { daysText, streakText } from '@/utils/popup-format';

/** Where the ring is heading: the next milestone, or the user's own goal. */
export interface StreakTarget {
  kind: 'milestone' | 'goal';
  days: number;
  /** 0–1, how far along the way from the previous step. */
  progress: number;
}

export interface StreakRingProps {
  days: number;
  hours: number;
  bestDays: number;
  target: StreakTarget | null;
}

const SIZE = 128;
const STROKE = 10;
const RADIUS = (SIZE - STROKE) / 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** The streak, large, inside a ring that fills toward the next milestone or the goal. */
export function StreakRing({ days, hours, bestDays, target }: StreakRingProps) {
  const progress = clamp01(target?.progress ?? 1);
  const toGo = target ? Math.max(0, target.days - days) : 0;
  return (
    <div class="streak">
      <div class="streak-ring">
        <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} aria-hidden="true" focusable="false">
          <circle class="streak-ring-track" cx={SIZE / 2} cy={SIZE / 2} r={RADIUS} stroke-width={STROKE} />
          <circle
            class="streak-ring-fill"
            cx={SIZE / 2}
            cy={SIZE / 2}
            r={RADIUS}
            stroke-width={STROKE}
            stroke-dasharray={`${CIRCUMFERENCE * progress} ${CIRCUMFERENCE}`}
            transform={`rotate(-90 ${SIZE / 2} ${SIZE / 2})`}
            data-progress={progress.toFixed(3)}
          />
        </svg>
        <div class="streak-center">
          <span class="streak-caption">{t('popup_streakCaption')}</span>
          <span class="streak-value" data-testid="streak-value">
            {streakText(days, hours)}
          </span>
        </div>
      </div>
      <dl class="streak-facts">
        {target && (
          <div>
            <dt>{target.kind === 'goal' ? t('popup_goalLabel') : t('popup_nextMilestoneLabel')}</dt>
            <dd>{daysText(target.days)}</dd>
            <dd class="streak-to-go">{t('popup_toGo', daysText(toGo))}</dd>
          </div>
        )}
        <div>
          <dt>{t('popup_bestLabel')}</dt>
          <dd data-testid="streak-best">{daysText(bestDays)}</dd>
        </div>
      </dl>
    </div>
  );
}
