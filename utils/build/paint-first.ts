/**
 * Build-time only: lets a page with a static shell paint it in its first frame.
 *
 * - Stylesheets are written into the page: a `<link rel="stylesheet">` is render-blocking,
 *   so the browser would paint nothing until it had fetched it. Extension pages allow inline
 *   styles (our content security policy restricts scripts only). A sheet no other page links
 *   is then dropped from the build.
 * - The module script moves to the end of the body as `async`: a deferred script (where the
 *   build puts it) holds back DOMContentLoaded, and Chromium paints the first frame only
 *   after that; an async one lets the shell paint while the script is still being fetched.
 *   At the end of the body, every element of the shell exists by the time it runs.
 */
import type { Plugin } from 'vite';

type Bundle = Parameters<NonNullable<Extract<Plugin['generateBundle'], (...args: never[]) => unknown>>>[1];

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\/?([^"]+\.css)"[^>]*>/g;
const MODULE_SCRIPT = /<script type="module"([^>]*)><\/script>\s*/;

/** The text of an asset in the bundle, or null when it is not there. */
function assetText(bundle: Bundle, fileName: string): string | null {
  const asset = bundle[fileName];
  if (asset?.type !== 'asset') return null;
  return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
}

/** Replaces each stylesheet link of `html` with the sheet's text; returns the page and the sheets inlined. */
export function inlineStylesheets(html: string, read: (fileName: string) => string | null) {
  const inlined: string[] = [];
  const page = html.replace(STYLESHEET, (link, fileName: string) => {
    const css = read(fileName);
    if (css === null) return link;
    inlined.push(fileName);
    // `</style` inside the sheet would end the element early; CSS never needs it literally.
    return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
  });
  return { page, inlined };
}

/** Moves the page's module script to the end of its body, loaded `async`. */
export function loadScriptLast(html: string): string {
  const script = MODULE_SCRIPT.exec(html);
  if (!script || !html.includes('</body>')) return html;
  const attributes = script[1] as string;
  const tag = `<script type="module" async${attributes.replace(/\sasync\b/, '')}></script>`;
  return html.replace(script[0], '').replace('</body>', `  ${tag}\n  </body>`);
}

/** A Vite plugin for the named HTML pages (as the bundle names them, e.g. `entrypoints/pause/index.html`). */
export function paintFirst(pages: string[]): Plugin {
  return {
    name: 'breathing-room:paint-first',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const inlined = new Set<string>();
      for (const fileName of pages) {
        const html = assetText(bundle, fileName);
        const asset = bundle[fileName];
        if (html === null || asset?.type !== 'asset') continue;
        const result = inlineStylesheets(html, (css) => assetText(bundle, css));
        asset.source = loadScriptLast(result.page);
        for (const css of result.inlined) inlined.add(css);
      }
      const stillLinked = (css: string) =>
        Object.values(bundle).some(
          (file) =>
            file.type === 'asset' &&
            file.fileName.endsWith('.html') &&
            (assetText(bundle, file.fileName) ?? '').includes(css),
        );
      for (const css of inlined) if (!stillLinked(css)) delete bundle[css];
    },
  };
}
