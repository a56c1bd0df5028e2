import { useId } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { dayKeyToDate, shortDate } from '@/utils/popup-format';

/** One day of the chart: a local `YYYY-MM-DD` day and how many pauses it had. */
export interface PauseDay {
  day: string;
  count: number;
}

export interface PauseChartProps {
  /** Oldest first; the last entry is today. */
  days: PauseDay[];
}

const WIDTH = 308;
const HEIGHT = 72;
const GAP = 4;
const MIN_BAR = 2;

/**
 * Pauses per day as small bars. The SVG is decoration for sighted users; the same numbers
 * are in a visually hidden table that screen readers read as a table.
 */
export function PauseChart({ days }: PauseChartProps) {
  const captionId = useId();
  const max = Math.max(1, ...days.map((d) => d.count));
  const barWidth = days.length > 0 ? (WIDTH - GAP * (days.length - 1)) / days.length : 0;
  const first = days[0];
  const last = days[days.length - 1];
  return (
    <figure class="pause-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} class="pause-chart-caption muted">
        {t('popup_chartCaption')}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} class="pause-chart-svg" aria-hidden="true" focusable="false">
        {days.map((d, i) => {
          const height = d.count === 0 ? MIN_BAR : Math.max(MIN_BAR * 2, (d.count / max) * HEIGHT);
          return (
            <rect
              key={d.day}
              class={d.count === 0 ? 'pause-bar pause-bar-empty' : 'pause-bar'}
              x={i * (barWidth + GAP)}
              y={HEIGHT - height}
              width={barWidth}
              height={height}
              rx={Math.min(3, barWidth / 2)}
              data-day={d.day}
              data-count={d.count}
            />
          );
        })}
      </svg>
      {first && last && (
        <div class="pause-chart-axis muted" aria-hidden="true">
          <span>{shortDate(dayKeyToDate(first.day))}</span>
          <span>{t('popup_chartToday')}</span>
        </div>
      )}
      <table class="visually-hidden">
        <caption>{t('popup_chartTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('popup_chartDayHeader')}</th>
            <th scope="col">{t('popup_chartCountHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{shortDate(dayKeyToDate(d.day))}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
