import { t } from '@/utils/i18n';

/** Before anyone is listed: what the extension does, and the way to options. */
export function EmptyState({ onOpenOptions }: { onOpenOptions: () => void }) {
  return (
    <section class="card empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t('popup_emptyTitle')}</h2>
      <p>{t('popup_emptyBody')}</p>
      <button type="button" class="primary" onClick={onOpenOptions}>
        {t('popup_emptyButton')}
      </button>
    </section>
  );
}
