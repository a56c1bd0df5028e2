import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { PendingChange, Person, Profile } from '@/utils/model';
import { dateTimeText } from '@/utils/options-format';
import { platformName } from '@/utils/profile-link';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  profile: Profile;
  personId: string;
  /** Everyone on the list, to move this profile to. */
  people: readonly Pick<Person, 'id' | 'label'>[];
  /** Scheduled changes about this profile. */
  pending: readonly PendingChange[];
  /** Whether the person has other profiles, so this one can move to a person of its own. */
  canSplit: boolean;
  onPause: () => void;
  onResume: () => void;
  onRemove: () => void;
  onMove: (toPersonId: string | null) => void;
  onCancel: (pendingId: string) => void;
}

function pendingText(p: PendingChange): string {
  const when = dateTimeText(p.applyAt);
  return p.change.kind === 'remove-profile'
    ? t('options_scheduledRemove', when)
    : t('options_scheduledPause', when);
}

/** One listed profile: what it is, whether it pauses, and what can be done with it. */
export function ProfileRow({
  profile,
  personId,
  people,
  pending,
  canSplit,
  onPause,
  onResume,
  onRemove,
  onMove,
  onCancel,
}: Props) {
  const name = `${platformName(profile.platform)} · ${profile.handle}`;
  const others = people.filter((p) => p.id !== personId);
  const pausePending = pending.some((p) => p.change.kind === 'pause-profile');
  const [moveTo, setMoveTo] = useState('');
  return (
    <li class={`profile-row${profile.paused ? ' is-paused' : ''}`}>
      <div class="profile-name">
        <span class="profile-title">{name}</span>
        <span class="badge">{profile.paused ? t('options_statusPaused') : t('options_statusActive')}</span>
      </div>
      {pending.map((p) => (
        <p key={p.id} class="scheduled">
          {pendingText(p)}{' '}
          <button type="button" class="link" onClick={() => onCancel(p.id)}>
            {t('options_cancelScheduled')}
          </button>
        </p>
      ))}
      <div class="row-actions">
        {profile.paused ? (
          <button type="button" aria-label={t('options_resumeFor', name)} onClick={onResume}>
            {t('options_resume')}
          </button>
        ) : (
          !pausePending && (
            <button type="button" aria-label={t('options_pauseFor', name)} onClick={onPause}>
              {t('options_pause')}
            </button>
          )
        )}
        {(others.length > 0 || canSplit) && (
          <form
            class="move"
            onSubmit={(e) => {
              e.preventDefault();
              if (moveTo) onMove(moveTo === 'new' ? null : moveTo);
            }}
          >
            <label>
              <span class="visually-hidden">{t('options_moveFor', name)}</span>
              <select value={moveTo} onChange={(e) => setMoveTo(e.currentTarget.value)}>
                <option value="">{t('options_moveTo')}</option>
                {others.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
                {canSplit && <option value="new">{t('options_moveToNew')}</option>}
              </select>
            </label>
            <button type="submit" disabled={!moveTo}>
              {t('options_move')}
            </button>
          </form>
        )}
        <ConfirmDialog
          label={t('options_remove')}
          labelFor={t('options_removeFor', name)}
          message={t('options_confirmRemoveProfile', name)}
          confirmLabel={t('options_removeConfirm')}
          onConfirm={onRemove}
        />
      </div>
    </li>
  );
}
