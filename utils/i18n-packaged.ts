/**
 * A second source for message text: the extension's own `_locales` files.
 *
 * Chromium keeps one table of an extension's messages per renderer process, asked of the
 * browser (synchronously) by the first page that needs it; usually its stylesheet, which
 * Chromium scans for `__MSG_…__`. If that page is closed while the answer is on its way, the
 * process keeps an empty table for good: i18n.getMessage answers '' for every key, even
 * `@@extension_id`, in every extension page and the service worker of that process until it
 * ends. Closing the welcome tab a few ms after it opened did that in about a third of fresh
 * profiles; the options page, popup and pause page opened next showed raw keys. In that
 * state t() reads the text from here instead.
 */

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A `_locales/<folder>/messages.json` file as the build writes it. */
export type MessageTable = Record<string, Entry | undefined>;

/** Reads one packaged file's text by its path (`/_locales/…`); undefined when there is no such file. */
export type ReadPackaged = (path: string) => string | undefined;

/** The locale folders Chrome would pick for a UI language, most specific first: de-AT → de_AT, de, then the default. */
export function localeFolders(uiLanguage: string, defaultLocale: string): string[] {
  const exact = uiLanguage.replace('-', '_');
  return [...new Set([exact, exact.split('_')[0] ?? '', defaultLocale])].filter(Boolean);
}

/** The first of `folders` that has a messages file, or an empty table. */
export function readMessageTable(folders: string[], read: ReadPackaged): MessageTable {
  for (const folder of folders) {
    const text = read(`/_locales/${folder}/messages.json`);
    if (text) return JSON.parse(text) as MessageTable;
  }
  return {};
}

/** A message with its `$name$` placeholders and `$1`…`$9` filled, and `$$` as `$`, as browsers do. */
export function formatMessage(entry: Entry | undefined, substitutions?: string | string[]): string {
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  const placeholders = Object.entries(entry.placeholders ?? {});
  const named = entry.message.replace(/\$([\w@]+)\$/g, (whole, name: string) => {
    const found = placeholders.find(([key]) => key.toLowerCase() === name.toLowerCase());
    return found ? found[1].content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : (subs[Number(c) - 1] ?? '')));
}

/**
 * Reads a file of the extension from an extension page (a path resolves against the page's
 * own origin), synchronously because t() is: at most once per page, and only in the broken
 * state described above. A missing file makes send() throw.
 */
export function readPackagedFile(path: string): string | undefined {
  try {
    const request = new XMLHttpRequest();
    request.open('GET', path, false);
    request.send();
    return request.status === 200 ? request.responseText : undefined;
  } catch {
    return undefined;
  }
}
