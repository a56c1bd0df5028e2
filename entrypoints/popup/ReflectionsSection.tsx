import { ReflectionForm } from '@/components/ReflectionForm';
import { ReflectionList } from '@/components/ReflectionList';
import { t } from '@/utils/i18n';
import type { Reflection } from '@/utils/model';
import { journalUrl, openInOptions } from './navigation';

interface Props {
  /** Newest first; undefined while loading. */
  reflections: Reflection[] | undefined;
  failed: boolean;
  onSave: (text: string, mood?: Reflection['mood']) => Promise<void>;
}

/** The latest reflections, a way into the journal, and a box to write one now. */
export function ReflectionsSection({ reflections, failed, onSave }: Props) {
  const journal = journalUrl();
  return (
    <section class="card reflections-card" aria-labelledby="reflections-heading">
      <div class="card-heading">
        <h2 id="reflections-heading">{t('popup_reflectionsHeading')}</h2>
        <a
          href={journal}
          onClick={(event) => {
            event.preventDefault();
            void openInOptions(journal);
          }}
        >
          {t('popup_allReflections')}
        </a>
      </div>
      {reflections && (
        <ReflectionList
          reflections={reflections}
          hrefFor={() => journal}
          onOpen={() => void openInOptions(journal)}
        />
      )}
      {failed && <p class="form-hint">{t('popup_loadFailed')}</p>}
      <ReflectionForm onSave={onSave} label={t('popup_writeLabel')} saveLabel={t('popup_saveReflection')} />
    </section>
  );
}
