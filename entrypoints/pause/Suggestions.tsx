import { t } from '@/utils/i18n';
import type { Suggestion } from '@/utils/model';
import { MAX_SUGGESTIONS, safeLink } from '@/utils/suggestions';

/** The user's own "Instead…" ideas; links open in a new tab, only when they are http(s). */
export function Suggestions({ suggestions }: { suggestions: Suggestion[] }) {
  const shown = suggestions.filter((s) => s.text.trim() !== '').slice(0, MAX_SUGGESTIONS);
  if (shown.length === 0) return null;
  return (
    <section class="card pause-instead" aria-labelledby="pause-instead-heading">
      <h2 id="pause-instead-heading">{t('pause_insteadHeading')}</h2>
      <ul>
        {shown.map((suggestion, i) => {
          const href = suggestion.url ? safeLink(suggestion.url) : null;
          return (
            // The list is fixed while the page is open, so the index is a stable key.
            <li key={i}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {suggestion.text}
                  <span class="visually-hidden"> {t('pause_opensInNewTab')}</span>
                </a>
              ) : (
                suggestion.text
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
