import { t } from '@/utils/i18n';
import type { Reflection } from '@/utils/model';
import { shortDate } from '@/utils/popup-format';

export interface ReflectionListProps {
  reflections: Pick<Reflection, 'id' | 'text' | 'createdAt'>[];
  /** Where each entry leads in the journal, so it is a real link (middle-click, copy). */
  hrefFor: (id: string) => string;
  /** Opens the entry; the popup opens the journal in a tab and closes itself. */
  onOpen: (id: string) => void;
}

const EXCERPT_LINES = 2;
const EXCERPT_CHARS = 160;

/** The first lines of a reflection, short enough for a glance. */
export function excerpt(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, EXCERPT_LINES)
    .join('\n');
  return lines.length > EXCERPT_CHARS ? `${lines.slice(0, EXCERPT_CHARS - 1).trimEnd()}…` : lines;
}

/** The latest reflections: date and first lines, each opening the journal. */
export function ReflectionList({ reflections, hrefFor, onOpen }: ReflectionListProps) {
  if (reflections.length === 0) return <p class="muted reflection-empty">{t('popup_reflectionsEmpty')}</p>;
  return (
    <ol class="reflection-list">
      {reflections.map((r) => (
        <li key={r.id}>
          <a
            class="reflection-link"
            href={hrefFor(r.id)}
            onClick={(event) => {
              // Plain clicks open the journal the popup's way; modified clicks keep the browser's.
              if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
              event.preventDefault();
              onOpen(r.id);
            }}
          >
            <time class="reflection-date" dateTime={new Date(r.createdAt).toISOString()}>
              {shortDate(r.createdAt)}
            </time>
            <span class="reflection-excerpt">{excerpt(r.text)}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}
