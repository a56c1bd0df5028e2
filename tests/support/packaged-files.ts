/**
 * Stands in for XMLHttpRequest in an extension page reading the extension's own generated
 * `_locales/<folder>/messages.json` files (utils/i18n-packaged.ts): a GET of a packaged file
 * answers 200 with its text; a missing file makes send() throw, as Chromium does.
 * Undo with vi.unstubAllGlobals().
 */
import { vi } from 'vitest';
import { localeFiles } from '../../utils/build/locales';

/** One request the page opened. */
export interface OpenedRequest {
  path: string;
  async: boolean;
}

/** Installs the stand-in; returns the requests opened, in order. */
export function stubPackagedFiles(): OpenedRequest[] {
  const files = new Map(localeFiles().map((f) => [`/${f.relativeDest}`, f.contents]));
  const opened: OpenedRequest[] = [];
  vi.stubGlobal(
    'XMLHttpRequest',
    class {
      status = 0;
      responseText = '';
      private path = '';
      open(_method: string, path: string, async = true) {
        this.path = path;
        opened.push({ path, async });
      }
      send() {
        const text = files.get(this.path);
        if (text === undefined) throw new DOMException(`Failed to load '${this.path}'.`, 'NetworkError');
        this.status = 200;
        this.responseText = text;
      }
    },
  );
  return opened;
}
