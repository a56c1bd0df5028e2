import { useEffect, useState } from 'preact/hooks';
import { JournalEntry } from '@/components/JournalEntry';
import { ReflectionForm } from '@/components/ReflectionForm';
import { now } from '@/utils/clock';
import { addReflection, deleteReflection, listReflections, updateReflection } from '@/utils/db';
import { downloadText } from '@/utils/download';
import { t } from '@/utils/i18n';
import { exportJournalMarkdown, markdownFileName } from '@/utils/markdown-export';
import type { Reflection } from '@/utils/model';
import { ReflectionError } from '@/utils/reflection-text';

/** Reflections per page: enough to read, few enough that 10,000 stay instant. */
export const JOURNAL_PAGE = 20;

function messageOf(error: unknown): string {
  return error instanceof ReflectionError ? t(error.key) : t('options_errorSave');
}

/** The journal: every reflection, newest first, a page at a time, searchable. */
export function JournalSection() {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [items, setItems] = useState<Reflection[] | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);

  // Search after a short pause in typing, not on every keystroke.
  useEffect(() => {
    // Only a changed query goes back to the first page (not the first render).
    if (query === search) return;
    const timer = setTimeout(() => {
      setSearch(query);
      setPage(0);
    }, 200);
    return () => clearTimeout(timer);
  }, [query, search]);

  useEffect(() => {
    let live = true;
    listReflections({ query: search, offset: page * JOURNAL_PAGE, limit: JOURNAL_PAGE + 1 }).then((found) => {
      if (!live) return;
      setItems(found.slice(0, JOURNAL_PAGE));
      setHasMore(found.length > JOURNAL_PAGE);
    });
    return () => {
      live = false;
    };
  }, [search, page, version]);

  const onSave = (id: string, text: string) =>
    updateReflection(id, { text }).then(
      () => {
        reload();
        return null;
      },
      (e: unknown) => messageOf(e),
    );

  return (
    <section aria-labelledby="journal-title" class="section">
      <h2 id="journal-title">{t('options_journalTitle')}</h2>
      <div class="card write">
        <ReflectionForm
          label={t('options_writeReflection')}
          saveLabel={t('options_saveReflection')}
          askMood
          onSave={async (text, mood) => {
            await addReflection({ text, mood, source: 'journal' });
            setPage(0);
            reload();
          }}
        />
      </div>
      <div class="journal-tools">
        <label for="journal-search">{t('options_searchJournal')}</label>
        <input
          id="journal-search"
          type="search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button
          type="button"
          onClick={() =>
            void exportJournalMarkdown().then((md) =>
              downloadText(markdownFileName(new Date(now())), md, 'text/markdown'),
            )
          }
        >
          {t('options_exportMarkdown')}
        </button>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {items && search ? t('options_searchResults', String(items.length + (hasMore ? '+' : ''))) : ''}
      </p>
      {items?.length === 0 && (
        <p class="empty">{search ? t('options_journalNoMatch') : t('options_journalEmpty')}</p>
      )}
      <ol class="entries">
        {items?.map((r) => (
          <JournalEntry
            key={r.id}
            reflection={r}
            onSave={onSave}
            onDelete={(id) => void deleteReflection(id).then(reload)}
          />
        ))}
      </ol>
      {(page > 0 || hasMore) && (
        <nav class="pager" aria-label={t('options_journalPages')}>
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('options_newer')}
          </button>
          <span>{t('options_pageN', String(page + 1))}</span>
          <button type="button" disabled={!hasMore} onClick={() => setPage(page + 1)}>
            {t('options_older')}
          </button>
        </nav>
      )}
    </section>
  );
}
