import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { dateText, pausesText } from '@/utils/options-format';

interface Props {
  /** One entry per local day, oldest first, `day` as yyyy-mm-dd. */
  days: readonly { day: string; count: number }[];
  /** The UI language, for weekday names. */
  language: string;
}

function localDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function level(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.max(1, Math.ceil((count / max) * 4));
}

/** Lays days out in week columns (Monday first), padding the first week. */
export function weekColumns<T extends { day: string }>(days: readonly T[]): (T | null)[][] {
  const first = days[0];
  if (!first) return [];
  const pad = (localDate(first.day).getDay() + 6) % 7;
  const cells: (T | null)[] = [...Array<null>(pad).fill(null), ...days];
  const weeks: (T | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * Pauses per day for the last year, as a grid of weeks. It is a real table (weekday rows,
 * week columns) and every cell says its date and count, so a screen reader can walk it.
 */
export function PauseCalendar({ days, language }: Props) {
  const weeks = weekColumns(days);
  const scroller = useRef<HTMLElement>(null);
  // Recent weeks are at the end; on a narrow screen, show them first.
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, [days]);
  const max = days.reduce((m, d) => Math.max(m, d.count), 0);
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'short' });
  // 2024-01-01 was a Monday.
  const weekdayNames = Array.from({ length: 7 }, (_, i) => weekday.format(new Date(2024, 0, 1 + i)));
  return (
    <div class="calendar-wrap">
      <p id="calendar-caption" class="calendar-caption">
        {t('options_calendarCaption')}
      </p>
      {/* A year of weeks scrolls sideways at 360 px; a scrolling region must take keyboard focus. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: so arrow keys can scroll it (WCAG 2.1.1). */}
      <section ref={scroller} class="calendar-scroll" aria-labelledby="calendar-caption" tabIndex={0}>
        <table class="calendar" aria-labelledby="calendar-caption">
          <tbody>
            {weekdayNames.map((name, row) => (
              <tr key={name}>
                <th scope="row" class="calendar-day">
                  {name}
                </th>
                {weeks.map((week, col) => {
                  const cell = week[row];
                  const key = `${row}-${col}`;
                  if (!cell) return <td key={key} class="calendar-cell is-empty" />;
                  const label = `${dateText(localDate(cell.day).getTime())}: ${pausesText(cell.count)}`;
                  return (
                    <td key={key} class={`calendar-cell level-${level(cell.count, max)}`} title={label}>
                      <span class="visually-hidden">{label}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
