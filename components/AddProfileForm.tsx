import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { ListEditError } from '@/utils/list-edits';
import { labelFromHandle } from '@/utils/list-edits';
import type { PeopleList } from '@/utils/model';
import { type LinkPreview, previewLink } from '@/utils/profile-add';
import { platformName } from '@/utils/profile-link';
import { type LinkStatus, ProfileLinkInput } from './ProfileLinkInput';

/** What the user asked to add; the page saves it (and asks for host access first if needed). */
export interface AddRequest {
  text: string;
  asSite: boolean;
  personId?: string;
  label?: string;
  url: string;
}

interface Props {
  id: string;
  list: PeopleList;
  /** Called straight from the click, so a permission request inside keeps the user gesture. */
  onAdd: (request: AddRequest) => Promise<ListEditError | null>;
}

function statusOf(preview: LinkPreview): LinkStatus {
  switch (preview.kind) {
    case 'empty':
      return { tone: 'none', text: '' };
    case 'profile':
      return preview.duplicateOf !== null
        ? { tone: 'error', text: t('options_errorDuplicate', [preview.duplicateOf]) }
        : {
            tone: 'ok',
            text: t('options_recognised', [platformName(preview.profile.platform), preview.profile.handle]),
          };
    case 'unknown-site':
      return { tone: 'info', text: t(preview.message.key, preview.message.substitutions) };
    case 'error':
      return { tone: 'error', text: t(preview.message.key, preview.message.substitutions) };
  }
}

/** Paste a link, see it recognised, add it: to a new person or one already listed. */
export function AddProfileForm({ id, list, onAdd }: Props) {
  const [text, setText] = useState('');
  const [asSite, setAsSite] = useState(false);
  const [personId, setPersonId] = useState('');
  const [label, setLabel] = useState('');
  const [result, setResult] = useState<LinkStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = previewLink(list, text, asSite);
  const status = result ?? statusOf(preview);
  const recognised = preview.kind === 'profile' && preview.duplicateOf === null;

  const submit = () => {
    if (busy) return;
    if (preview.kind !== 'profile') {
      const refusal = statusOf(preview);
      setResult(refusal.tone === 'none' ? { tone: 'error', text: t('options_errorEmptyLink') } : refusal);
      return;
    }
    const request: AddRequest = { text, asSite, url: preview.profile.url };
    if (personId) request.personId = personId;
    else if (label.trim()) request.label = label;
    const added = `${platformName(preview.profile.platform)} · ${preview.profile.handle}`;
    setBusy(true);
    onAdd(request).then((error) => {
      setBusy(false);
      if (error) return setResult({ tone: 'error', text: t(error.key, error.substitutions) });
      setText('');
      setLabel('');
      setAsSite(false);
      setResult({ tone: 'ok', text: t('options_added', [added]) });
    });
  };

  return (
    <form
      class="add-form card"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id={`${id}-title`}>{t('options_addTitle')}</h3>
      <ProfileLinkInput
        id={`${id}-link`}
        value={text}
        status={status}
        onInput={(value) => {
          setText(value);
          setAsSite(false);
          setResult(null);
        }}
      />
      {preview.kind === 'unknown-site' && (
        <p class="site-offer">
          <button type="button" onClick={() => setAsSite(true)}>
            {t('options_useSiteRule')}
          </button>
        </p>
      )}
      {recognised && (
        <div class="add-details">
          {list.people.length > 0 && (
            <label>
              {t('options_addTo')}
              <select value={personId} onChange={(e) => setPersonId(e.currentTarget.value)}>
                <option value="">{t('options_addToNew')}</option>
                {list.people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {!personId && (
            <label>
              {t('options_personName')}
              <input
                type="text"
                value={label}
                maxLength={100}
                placeholder={labelFromHandle(preview.profile.handle)}
                onInput={(e) => setLabel(e.currentTarget.value)}
              />
            </label>
          )}
        </div>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {t('options_add')}
      </button>
    </form>
  );
}
