import { useState } from 'preact/hooks';
import { AddProfileOffer } from '@/components/AddProfileOffer';
import { CheckIn } from '@/components/CheckIn';
import { ContactLogForm } from '@/components/ContactLogForm';
import { currentTime } from '@/utils/clock';
import { t } from '@/utils/i18n';
import type { ContactKind, PeopleList, Reflection } from '@/utils/model';
import { addOfferedProfile, logContact, saveCheckIn, saveReflection } from '@/utils/popup-actions';
import { loadStreak, type PopupLoad, type PopupOffer, RECENT_REFLECTIONS } from '@/utils/popup-data';
import { getList, getSettings } from '@/utils/settings';
import { POPUP_MARKS, useShownMark } from '@/utils/shown-marks';
import { EmptyState } from './EmptyState';
import { openOptions, optionsUrl } from './navigation';
import { PausesSection } from './PausesSection';
import { ReflectionsSection } from './ReflectionsSection';
import { StreakSection } from './StreakSection';
import { useResolved } from './use-resolved';

function hasAnyone(list: PeopleList): boolean {
  return list.people.length > 0;
}

function Header() {
  return (
    <header class="popup-header">
      <h1>{t('popupTitle')}</h1>
      <a
        href={optionsUrl()}
        onClick={(event) => {
          event.preventDefault();
          void openOptions();
        }}
      >
        {t('popup_openSettings')}
      </a>
    </header>
  );
}

function Offer({ offer, onAdded }: { offer: PopupOffer; onAdded: () => void }) {
  return (
    <AddProfileOffer
      platform={offer.platform}
      handle={offer.profile.handle}
      onAdd={() => addOfferedProfile(offer).then(onAdded)}
    />
  );
}

/** The popup: loads through utils/popup-data and composes the sections as data arrives. */
export function App({ load }: { load: PopupLoad }) {
  const [streakPromise, setStreakPromise] = useState(load.streak);
  const [written, setWritten] = useState<Reflection[]>([]);
  const [listPromise, setListPromise] = useState(load.list);
  const list = useResolved(listPromise);
  const streak = useResolved(streakPromise);
  const offer = useResolved(load.offer);
  const checkIn = useResolved(load.checkInDue);
  const turnedBack = useResolved(load.turnedBackThisWeek);
  const days = useResolved(load.pausesPerDay);
  const stored = useResolved(load.reflections);

  const onLogContact = async (kind: ContactKind, note?: string) => {
    await logContact(kind, note);
    setStreakPromise(loadStreak(getSettings(), currentTime(), load.timeZone));
  };
  const onSaveReflection = async (text: string, mood?: Reflection['mood']) => {
    const reflection = await saveReflection(text, mood);
    setWritten((previous) => [reflection, ...previous]);
  };
  const reflections = stored.value && [...written, ...stored.value].slice(0, RECENT_REFLECTIONS);
  const showCheckIn = Boolean(streak.value?.goal?.reached && checkIn.value);
  // Until we know whether the check-in shows, hold the goal note back so it never flashes.
  const quietGoal = showCheckIn || (checkIn.value === undefined && checkIn.error === undefined);
  const overview = list.value !== undefined && hasAnyone(list.value);
  useShownMark(POPUP_MARKS.streak, overview && streak.value !== undefined);
  useShownMark(POPUP_MARKS.reflections, overview && reflections !== undefined);

  return (
    <main class="popup">
      <Header />
      {offer.value && <Offer offer={offer.value} onAdded={() => setListPromise(getList())} />}
      {list.value && !overview && <EmptyState onOpenOptions={() => void openOptions()} />}
      {overview && (
        <>
          {streak.value && (
            <StreakSection
              streak={streak.value}
              checkInShown={quietGoal}
              onOpenOptions={() => void openOptions()}
            />
          )}
          {showCheckIn && streak.value?.goal && checkIn.value && (
            <CheckIn goalDays={streak.value.goal.days} onSubmit={saveCheckIn} />
          )}
          <PausesSection turnedBack={turnedBack} days={days} />
          <ReflectionsSection
            reflections={reflections}
            failed={stored.error !== undefined}
            onSave={onSaveReflection}
          />
          <ContactLogForm onLog={onLogContact} />
        </>
      )}
      {(list.error !== undefined || streak.error !== undefined) && (
        <p class="card form-hint" role="alert">
          {t('popup_loadFailed')}
        </p>
      )}
    </main>
  );
}
