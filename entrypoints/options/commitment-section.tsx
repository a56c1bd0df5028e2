import { cancelScheduled, commit } from '@/utils/commitment-runner';
import { t } from '@/utils/i18n';
import { findProfile } from '@/utils/list-edits';
import type { PendingChange, PeopleList, Settings } from '@/utils/model';
import { dateTimeText } from '@/utils/options-format';
import { platformName } from '@/utils/profile-link';

const HOUR = 3_600_000;
/** The cooling-off choices: none, an hour, a day. */
export const COOLING_OFF_CHOICES = [
  { ms: 0, key: 'options_coolingNone' },
  { ms: HOUR, key: 'options_coolingHour' },
  { ms: 24 * HOUR, key: 'options_coolingDay' },
] as const;

interface Props {
  list: PeopleList;
  settings: Settings;
  pending: PendingChange[];
}

/** Says what a scheduled change will do, in the user's words. */
export function describeChange(p: PendingChange, list: PeopleList): string {
  const c = p.change;
  if (c.kind === 'remove-profile' || c.kind === 'pause-profile') {
    const found = findProfile(list, c.profileId);
    const name = found ? `${platformName(found.profile.platform)} · ${found.profile.handle}` : '…';
    return t(
      c.kind === 'remove-profile' ? 'options_changeRemoveProfile' : 'options_changePauseProfile',
      name,
    );
  }
  if (c.kind === 'remove-person') {
    return t('options_changeRemovePerson', list.people.find((x) => x.id === c.personId)?.label ?? '…');
  }
  if (c.kind === 'remove-name') return t('options_changeRemoveName', c.name);
  const [key, value] = Object.entries(c.patch)[0] ?? [];
  if (key === 'countdownSeconds') return t('options_changeCountdown', String(value));
  if (key === 'strict') return t('options_changeStrictOff');
  if (key === 'viewingCountsAsContact') return t('options_changeViewingOff');
  if (key === 'coolingOffMs') return t('options_changeCooling', t(coolingKey(Number(value))));
  if (key === 'allowanceMinutes') return t('options_changeAllowance', String(value));
  return t('options_changeSettings');
}

function coolingKey(ms: number): string {
  return COOLING_OFF_CHOICES.find((c) => c.ms === ms)?.key ?? 'options_coolingNone';
}

/** Commitment: how long loosening waits, and what is waiting now. */
export function CommitmentSection({ list, settings, pending }: Props) {
  const sorted = [...pending].sort((a, b) => a.applyAt - b.applyAt);
  const waitingCooling = pending.find(
    (p) => p.change.kind === 'settings' && 'coolingOffMs' in p.change.patch,
  );
  return (
    <section aria-labelledby="commitment-title" class="section">
      <h2 id="commitment-title">{t('options_commitmentTitle')}</h2>
      <p class="muted">{t('options_commitmentIntro')}</p>
      <fieldset class="card">
        <legend>{t('options_coolingLegend')}</legend>
        {COOLING_OFF_CHOICES.map((choice) => (
          <label key={choice.ms} class="choice">
            <input
              type="radio"
              name="cooling"
              checked={settings.coolingOffMs === choice.ms}
              onChange={() => void commit({ kind: 'settings', patch: { coolingOffMs: choice.ms } })}
            />
            {t(choice.key)}
          </label>
        ))}
        {waitingCooling && <p class="scheduled">{t('options_coolingWaiting')}</p>}
      </fieldset>
      <h3>{t('options_scheduledTitle')}</h3>
      {sorted.length === 0 ? (
        <p class="empty">{t('options_scheduledEmpty')}</p>
      ) : (
        <ul class="scheduled-list card">
          {sorted.map((p) => (
            <li key={p.id}>
              <span>{describeChange(p, list)}</span>
              <span class="muted">{t('options_appliesAt', dateTimeText(p.applyAt))}</span>
              <button
                type="button"
                aria-label={t('options_cancelFor', describeChange(p, list))}
                onClick={() => void cancelScheduled(p.id)}
              >
                {t('options_cancelScheduled')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
