import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PauseCalendar } from '@/components/PauseCalendar';
import { now } from '@/utils/clock';
import { countPausesPerDay, listStreakEvents } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/model';
import { dateText, daysText, pausesText } from '@/utils/options-format';
import { computeStreak, type StreakSummary } from '@/utils/streak';

/** Days the calendar covers: a year, rounded up to whole weeks. */
const CALENDAR_DAYS = 371;

interface Loaded {
  streak: StreakSummary;
  days: { day: string; count: number }[];
}

/** History: every past streak and the best, and a calendar of pauses for the last year. */
export function HistorySection({ settings }: { settings: Settings }) {
  const [data, setData] = useState<Loaded | null>(null);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  useEffect(() => {
    const at = now();
    Promise.all([listStreakEvents(), countPausesPerDay(CALENDAR_DAYS, at, timeZone)]).then(([events, days]) =>
      setData({
        streak: computeStreak({
          startDate: settings.startDate,
          events,
          now: at,
          timeZone,
          goalDays: settings.goalDays,
        }),
        days,
      }),
    );
  }, [settings.startDate, settings.goalDays, timeZone]);

  if (!data) return <section aria-labelledby="history-title" class="section" aria-busy="true" />;
  const { streak, days } = data;
  const total = days.reduce((sum, d) => sum + d.count, 0);
  return (
    <section aria-labelledby="history-title" class="section">
      <h2 id="history-title">{t('options_historyTitle')}</h2>
      <div class="card">
        <p class="best">
          {streak.history.length > 0
            ? t('options_bestStreak', daysText(streak.best.days))
            : t('options_noStreakYet')}
        </p>
        {streak.history.length > 0 && (
          <table class="streaks">
            <caption class="visually-hidden">{t('options_streaksCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options_streakStart')}</th>
                <th scope="col">{t('options_streakEnd')}</th>
                <th scope="col">{t('options_streakLength')}</th>
              </tr>
            </thead>
            <tbody>
              {streak.history.map((s) => (
                <tr key={s.start}>
                  <td>{dateText(s.start)}</td>
                  <td>{s.end === null ? t('options_streakOngoing') : dateText(s.end)}</td>
                  <td>{daysText(s.days)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p class="muted">{t('options_relapseKind')}</p>
      </div>
      <h3>{t('options_calendarTitle')}</h3>
      <p class="muted">{t('options_calendarTotal', pausesText(total))}</p>
      <PauseCalendar days={days} language={browser.i18n.getUILanguage()} />
    </section>
  );
}
