import { t } from '@/utils/i18n';

/** The pause page. */
export function App() {
  return (
    <main>
      <h1>{t('pauseTitle')}</h1>
    </main>
  );
}
