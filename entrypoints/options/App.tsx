import { t } from '@/utils/i18n';

/** The options page. */
export function App() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
    </main>
  );
}
