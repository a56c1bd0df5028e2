import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { Suggestion } from '@/utils/model';
import { cleanSuggestions, MAX_SUGGESTIONS, type SuggestionDraft } from '@/utils/suggestions';

interface Props {
  suggestions: Suggestion[];
  onSave: (suggestions: Suggestion[]) => void;
}

function toDrafts(suggestions: Suggestion[]): SuggestionDraft[] {
  const rows = suggestions.map((s) => ({ text: s.text, url: s.url ?? '' }));
  return rows.length > 0 ? rows : [{ text: '', url: '' }];
}

/** Up to five "Instead…" suggestions: a text, optionally a link (http or https only). */
export function SuggestionsEditor({ suggestions, onSave }: Props) {
  const [rows, setRows] = useState(() => toDrafts(suggestions));
  const [bad, setBad] = useState<number[]>([]);
  const [saved, setSaved] = useState(false);
  const edit = (i: number, patch: Partial<SuggestionDraft>) => {
    setSaved(false);
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  return (
    <form
      class="card suggestions"
      aria-labelledby="suggestions-title"
      onSubmit={(e) => {
        e.preventDefault();
        const { suggestions: clean, badLinks } = cleanSuggestions(rows);
        setBad(badLinks);
        if (badLinks.length > 0) return;
        onSave(clean);
        setSaved(true);
      }}
    >
      <h3 id="suggestions-title">{t('options_suggestionsTitle')}</h3>
      <p class="muted">{t('options_suggestionsHelp')}</p>
      {rows.map((row, i) => (
        // Rows have no identity but their position, so the index is the key.
        <fieldset key={i} class="suggestion-row">
          <legend class="visually-hidden">{t('options_suggestionN', String(i + 1))}</legend>
          <label>
            {t('options_suggestionText')}
            <input
              type="text"
              value={row.text}
              maxLength={200}
              onInput={(e) => edit(i, { text: e.currentTarget.value })}
            />
          </label>
          <label>
            {t('options_suggestionLink')}
            <input
              type="text"
              inputMode="url"
              value={row.url}
              placeholder="https://"
              aria-invalid={bad.includes(i) ? 'true' : undefined}
              aria-describedby={bad.includes(i) ? `suggestion-error-${i}` : undefined}
              onInput={(e) => edit(i, { url: e.currentTarget.value })}
            />
          </label>
          {bad.includes(i) && (
            <p id={`suggestion-error-${i}`} class="field-error">
              {t('options_errorSuggestionLink')}
            </p>
          )}
        </fieldset>
      ))}
      <div class="row-actions">
        {rows.length < MAX_SUGGESTIONS && (
          <button type="button" onClick={() => setRows([...rows, { text: '', url: '' }])}>
            {t('options_addSuggestion')}
          </button>
        )}
        <button type="submit" class="primary">
          {t('options_saveSuggestions')}
        </button>
      </div>
      <p class="saved" aria-live="polite">
        {saved ? t('options_saved') : ''}
      </p>
    </form>
  );
}
