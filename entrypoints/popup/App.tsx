import { t } from '@/utils/i18n';

/** The popup. */
export function App() {
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
    </main>
  );
}
