import { useEffect, useState } from 'preact/hooks';
import { AddProfileForm } from '@/components/AddProfileForm';
import { now } from '@/utils/clock';
import { commit } from '@/utils/commitment-runner';
import { addEvent } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { PeopleList, Settings } from '@/utils/model';
import { fromDateInput, toDateInput } from '@/utils/options-format';
import { hasSocialAccess, requestSocialAccess } from '@/utils/permissions';
import { platformName } from '@/utils/profile-link';
import { addRequested } from './people-section';

interface Props {
  list: PeopleList;
  settings: Settings;
  onDone: () => void;
}

/**
 * First run: who you want space from (the same one-paste add), since when, and how long the
 * pause page waits. Where the browser makes site access opt-in (Firefox), it is asked here,
 * with the reason next to the button.
 */
export function Onboarding({ list, settings, onDone }: Props) {
  const [start, setStart] = useState(toDateInput(settings.startDate ?? now()));
  const [countdown, setCountdown] = useState(String(settings.countdownSeconds));
  const [access, setAccess] = useState<boolean | null>(null);
  useEffect(() => {
    void hasSocialAccess().then(setAccess);
  }, []);

  const finish = async () => {
    const startDate = fromDateInput(start) ?? now();
    const seconds = Math.min(120, Math.max(0, Math.round(Number(countdown)) || 0));
    await commit({ kind: 'settings', patch: { startDate, countdownSeconds: seconds, onboarded: true } });
    await addEvent({ type: 'start-date-set', at: now(), startDate });
    onDone();
  };

  return (
    <main class="onboarding" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('options_welcomeTitle')}</h1>
      <p class="lead">{t('options_welcomeIntro')}</p>
      {access === false && (
        <div class="card access" role="note">
          <h2>{t('options_accessTitle')}</h2>
          <p>{t('options_accessWhy')}</p>
          <button type="button" class="primary" onClick={() => void requestSocialAccess().then(setAccess)}>
            {t('options_accessGrant')}
          </button>
        </div>
      )}
      <section aria-labelledby="welcome-who">
        <h2 id="welcome-who">{t('options_welcomeWho')}</h2>
        <AddProfileForm id="welcome-add" list={list} onAdd={addRequested} />
        {list.people.length > 0 && (
          <ul class="welcome-list">
            {list.people.flatMap((p) =>
              p.profiles.map((pr) => (
                <li key={pr.id}>
                  {p.label}: {platformName(pr.platform)} · {pr.handle}
                </li>
              )),
            )}
          </ul>
        )}
      </section>
      <form
        class="card"
        aria-labelledby="welcome-when"
        onSubmit={(e) => {
          e.preventDefault();
          void finish();
        }}
      >
        <h2 id="welcome-when">{t('options_welcomeWhen')}</h2>
        <div class="field">
          <label for="welcome-start">{t('options_startDate')}</label>
          <input
            id="welcome-start"
            type="date"
            value={start}
            max={toDateInput(now())}
            onInput={(e) => setStart(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="welcome-countdown">{t('options_countdown')}</label>
          <input
            id="welcome-countdown"
            type="number"
            min={0}
            max={120}
            value={countdown}
            aria-describedby="welcome-countdown-help"
            onInput={(e) => setCountdown(e.currentTarget.value)}
          />
          <p id="welcome-countdown-help" class="muted">
            {t('options_countdownHelp')}
          </p>
        </div>
        <button type="submit" class="primary">
          {t('options_welcomeDone')}
        </button>
      </form>
    </main>
  );
}
