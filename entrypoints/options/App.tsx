import { useEffect, useState } from 'preact/hooks';
import { followClock } from '@/utils/clock';
import { applyDueChanges } from '@/utils/commitment-runner';
import { t } from '@/utils/i18n';
import type { PendingChange, PeopleList, Settings } from '@/utils/model';
import {
  getList,
  getPendingChanges,
  getSettings,
  watchList,
  watchPendingChanges,
  watchSettings,
} from '@/utils/settings';
import { applyTheme } from '@/utils/theme';
import { CommitmentSection } from './commitment-section';
import { DataSection } from './data-section';
import { HistorySection } from './history-section';
import { JournalSection } from './journal-section';
import { Onboarding } from './onboarding';
import { PeopleSection } from './people-section';
import { SettingsSection } from './settings-section';

/** The page's sections, each reachable as options.html#<id> (the popup links #journal). */
export const SECTIONS = ['people', 'commitment', 'settings', 'journal', 'history', 'data'] as const;
type SectionId = (typeof SECTIONS)[number];

// While the page is open, scheduled changes still apply on time (the background does too).
const APPLY_EVERY_MS = 30_000;

function readHash(): string {
  return location.hash.replace(/^#/, '');
}

interface State {
  list: PeopleList;
  settings: Settings;
  pending: PendingChange[];
}

function useStoredState(): State | null {
  const [state, setState] = useState<State | null>(null);
  useEffect(() => {
    const stops = [
      watchList((list) => setState((s) => s && { ...s, list })),
      watchSettings((settings) => setState((s) => s && { ...s, settings })),
      watchPendingChanges((pending) => setState((s) => s && { ...s, pending })),
    ];
    const timer = setInterval(() => void applyDueChanges(), APPLY_EVERY_MS);
    void followClock()
      .then((stop) => {
        stops.push(stop);
        return applyDueChanges();
      })
      .then(async () => {
        const [list, settings, pending] = await Promise.all([getList(), getSettings(), getPendingChanges()]);
        setState({ list, settings, pending });
      });
    return () => {
      clearInterval(timer);
      for (const stop of stops) stop();
    };
  }, []);
  return state;
}

function Section({ id, state }: { id: SectionId; state: State }) {
  switch (id) {
    case 'people':
      return <PeopleSection list={state.list} pending={state.pending} />;
    case 'commitment':
      return <CommitmentSection list={state.list} settings={state.settings} pending={state.pending} />;
    case 'settings':
      return <SettingsSection settings={state.settings} pending={state.pending} />;
    case 'journal':
      return <JournalSection />;
    case 'history':
      return <HistorySection settings={state.settings} />;
    case 'data':
      return <DataSection settings={state.settings} />;
  }
}

/** The options page: loads the list and settings, follows their changes, shows one section. */
export function App() {
  const state = useStoredState();
  const [hash, setHash] = useState(readHash);
  useEffect(() => {
    const onHash = () => setHash(readHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (state) applyTheme(state.settings.theme);
  }, [state?.settings.theme]);

  if (!state) return null;
  const section = (SECTIONS as readonly string[]).includes(hash) ? (hash as SectionId) : 'people';
  if (hash === 'welcome' || (!state.settings.onboarded && hash === '')) {
    return (
      <Onboarding list={state.list} settings={state.settings} onDone={() => (location.hash = '#people')} />
    );
  }
  return (
    <div class="layout">
      <header class="top">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('options_sectionsNav')}>
          <ul>
            {SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#${id}`} aria-current={id === section ? 'page' : undefined}>
                  {t(`options_nav_${id}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <Section id={section} state={state} />
      </main>
    </div>
  );
}
