import { useEffect, useRef, useState } from 'preact/hooks';
import { CountdownButton } from '@/components/CountdownButton';
import { ReflectionForm } from '@/components/ReflectionForm';
import { currentTime } from '@/utils/clock';
import { addEvent, addReflection } from '@/utils/db';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import type { Reflection } from '@/utils/model';
import { isTurningBack } from '@/utils/pause-session';
import { targetFromHash } from '@/utils/pause-target';
import { continueNote, pauseHeading, personLabel, streakLine } from '@/utils/pause-text';
import { PAUSE_SHOWN_MARK, useShownMark } from '@/utils/shown-marks';
import { applyTheme } from '@/utils/theme';
import { leavePause } from './leave';
import { fallbackData, loadPause, type PauseData } from './load';
import { Suggestions } from './Suggestions';

const report = (error: unknown) => console.error('Breathing Room:', error);

/**
 * The pause page below the breathing circle (static in index.html, painted first): who and
 * where, the streak, a question, and the choices.
 */
export function App({ hash, back = 1 }: { hash: string; back?: 1 | 2 }) {
  const [data, setData] = useState<PauseData | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const backRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const raw = targetFromHash(hash);
    const open = async () => {
      // "Go back" landed on the paused URL again (it was the previous entry): keep going.
      if (isTurningBack(sessionStorage, raw, await currentTime())) return leavePause(raw, back);
      const loaded = await loadPause(hash).catch((error: unknown) => {
        report(error);
        return fallbackData();
      });
      applyTheme(loaded.settings.theme);
      setData(loaded);
    };
    void open();
  }, [hash, back]);
  useEffect(() => backRef.current?.focus(), [data !== null]);
  useShownMark(PAUSE_SHOWN_MARK, data !== null);

  const target = data?.target ?? null;
  const personId = target?.match.personId;
  const label = data && target ? personLabel(data.list, target.match) : t('pause_someone');
  const prompt = data ? t(data.session.prompt, label) : '';

  const goBack = async () => {
    if (!data || busy) return;
    setBusy(true);
    if (target) {
      const at = await currentTime();
      await addEvent({ type: 'turned-back', at, pauseId: data.session.pauseId, personId }).catch(report);
    }
    await leavePause(targetFromHash(hash), back).catch(report);
  };

  const continueAnyway = async () => {
    if (!data || !target || busy) return;
    setBusy(true);
    setFailed(false);
    const reply = await sendMessage('grantAllowance', { url: target.url, tabId: data.tabId }).catch(
      () => null,
    );
    if (!reply?.ok) {
      setFailed(true);
      setBusy(false);
      return;
    }
    const countsAsContact = data.settings.viewingCountsAsContact;
    const at = await currentTime();
    await addEvent({ type: 'continued', at, pauseId: data.session.pauseId, personId, countsAsContact }).catch(
      report,
    );
    location.replace(target.url);
  };

  const saveReflection = async (text: string, mood?: Reflection['mood']) => {
    await addReflection({ text, mood, source: 'pause', prompt, personId, pauseId: data?.session.pauseId });
  };

  if (!data) return null;
  const streak = streakLine(data.streak);
  return (
    <>
      <header class="pause-header">
        <h1>{target ? pauseHeading(data.list, target.match) : t('pause_headingUnknown')}</h1>
        {streak && <p class="pause-streak">{streak}</p>}
        {!target && <p class="pause-body">{t('pause_unknownBody')}</p>}
      </header>
      <p class="pause-prompt">{prompt}</p>
      <div class="pause-actions">
        <button type="button" class="primary" ref={backRef} onClick={goBack} disabled={busy}>
          {t('pause_goBack')}
        </button>
        {target && !data.settings.strict && (
          <CountdownButton
            seconds={data.settings.countdownSeconds}
            label={t('pause_continue')}
            note={continueNote(data.streak, data.settings.viewingCountsAsContact) ?? undefined}
            onClick={continueAnyway}
            busy={busy}
          />
        )}
      </div>
      <p class="pause-failed" role="status">
        {failed ? t('pause_continueFailed') : ''}
      </p>
      <section class="card pause-write" aria-labelledby="pause-write-heading">
        <h2 id="pause-write-heading">{t('pause_writeItDown')}</h2>
        <ReflectionForm
          onSave={saveReflection}
          label={t('pause_reflectionLabel')}
          saveLabel={t('pause_saveReflection')}
        />
      </section>
      <Suggestions suggestions={data.settings.suggestions} />
    </>
  );
}
