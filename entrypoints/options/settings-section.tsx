import { useState } from 'preact/hooks';
import { now } from '@/utils/clock';
import { cancelScheduled, commit } from '@/utils/commitment-runner';
import { addEvent } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { PendingChange, Settings, Theme } from '@/utils/model';
import { dateTimeText, fromDateInput, toDateInput } from '@/utils/options-format';
import { applyTheme } from '@/utils/theme';
import { SuggestionsEditor } from './suggestions-editor';

interface Props {
  settings: Settings;
  pending: PendingChange[];
}

function clampCountdown(value: string): number | null {
  const n = Math.round(Number(value));
  return value.trim() === '' || !Number.isFinite(n) ? null : Math.min(120, Math.max(0, n));
}

/** Saves settings through the commitment rules (loosening waits for the cooling-off). */
function change(patch: Partial<Settings>): void {
  void commit({ kind: 'settings', patch });
}

function Scheduled({ pending, setting }: { pending: PendingChange[]; setting: keyof Settings }) {
  const waiting = pending.find((p) => p.change.kind === 'settings' && setting in p.change.patch);
  if (!waiting) return null;
  return (
    <p class="scheduled">
      {t('options_settingScheduled', dateTimeText(waiting.applyAt))}{' '}
      <button type="button" class="link" onClick={() => void cancelScheduled(waiting.id)}>
        {t('options_cancelScheduled')}
      </button>
    </p>
  );
}

/** Settings: the pause page's countdown and strictness, the streak, suggestions, look, sync. */
export function SettingsSection({ settings, pending }: Props) {
  const [countdown, setCountdown] = useState(String(settings.countdownSeconds));
  const [goal, setGoal] = useState(settings.goalDays === null ? '' : String(settings.goalDays));
  return (
    <section aria-labelledby="settings-title" class="section">
      <h2 id="settings-title">{t('options_settingsTitle')}</h2>
      <div class="card settings-grid">
        <div class="field">
          <label for="countdown">{t('options_countdown')}</label>
          <input
            id="countdown"
            type="number"
            min={0}
            max={120}
            step={1}
            value={countdown}
            aria-describedby="countdown-help"
            onInput={(e) => setCountdown(e.currentTarget.value)}
            onChange={(e) => {
              const n = clampCountdown(e.currentTarget.value);
              if (n === null) return setCountdown(String(settings.countdownSeconds));
              setCountdown(String(n));
              change({ countdownSeconds: n });
            }}
          />
          <p id="countdown-help" class="muted">
            {t('options_countdownHelp')}
          </p>
          <Scheduled pending={pending} setting="countdownSeconds" />
        </div>
        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.strict}
              onChange={(e) => change({ strict: e.currentTarget.checked })}
            />
            {t('options_strict')}
          </label>
          <p class="muted">{t('options_strictHelp')}</p>
          <Scheduled pending={pending} setting="strict" />
        </div>
        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.viewingCountsAsContact}
              onChange={(e) => change({ viewingCountsAsContact: e.currentTarget.checked })}
            />
            {t('options_viewingCounts')}
          </label>
          <p class="muted">{t('options_viewingCountsHelp')}</p>
          <Scheduled pending={pending} setting="viewingCountsAsContact" />
        </div>
        <div class="field">
          <label for="start-date">{t('options_startDate')}</label>
          <input
            id="start-date"
            type="date"
            value={settings.startDate === null ? '' : toDateInput(settings.startDate)}
            max={toDateInput(now())}
            onChange={(e) => {
              const startDate = fromDateInput(e.currentTarget.value);
              if (startDate === null) return;
              change({ startDate });
              void addEvent({ type: 'start-date-set', at: now(), startDate });
            }}
          />
        </div>
        <div class="field">
          <label for="goal">{t('options_goal')}</label>
          <input
            id="goal"
            type="number"
            min={1}
            max={3650}
            value={goal}
            aria-describedby="goal-help"
            onInput={(e) => setGoal(e.currentTarget.value)}
            onChange={(e) => {
              const n = Math.round(Number(e.currentTarget.value));
              change({
                goalDays: e.currentTarget.value.trim() === '' || !(n > 0) ? null : Math.min(n, 3650),
              });
            }}
          />
          <p id="goal-help" class="muted">
            {t('options_goalHelp')}
          </p>
        </div>
        <div class="field">
          <label for="theme">{t('options_theme')}</label>
          <select
            id="theme"
            value={settings.theme}
            onChange={(e) => {
              const theme = e.currentTarget.value as Theme;
              applyTheme(theme);
              change({ theme });
            }}
          >
            <option value="system">{t('options_themeSystem')}</option>
            <option value="light">{t('options_themeLight')}</option>
            <option value="dark">{t('options_themeDark')}</option>
          </select>
        </div>
        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.sync}
              onChange={(e) => change({ sync: e.currentTarget.checked })}
            />
            {t('options_sync')}
          </label>
          <p class="muted">{t('options_syncHelp')}</p>
        </div>
      </div>
      <SuggestionsEditor
        suggestions={settings.suggestions}
        onSave={(suggestions) => change({ suggestions })}
      />
    </section>
  );
}
