/** HTML of the fixture pages. Paths and hosts are escaped; nothing here is user text. */

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Inline script on every social-host page: counts animation frames in which #profile-content
 * is actually visible (its centre hit-tests to it) and reports each of the first 30 such
 * frames per path, plus a summary on pagehide, by sendBeacon to /__beacon.
 */
export const RECORDER_SCRIPT = `(() => {
  const pageId = Math.random().toString(36).slice(2);
  const send = (data) => navigator.sendBeacon('/__beacon', JSON.stringify({ pageId, url: location.href, ...data }));
  let frames = 0;
  const perPath = {};
  const tick = (ts) => {
    const el = document.getElementById('profile-content');
    if (el) {
      const r = el.getBoundingClientRect();
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const inView = r.width > 0 && r.height > 0 && cx >= 0 && cy >= 0 && cx < innerWidth && cy < innerHeight;
      const hit = inView ? document.elementFromPoint(cx, cy) : null;
      if (hit && (hit === el || el.contains(hit))) {
        frames += 1;
        const path = location.pathname;
        perPath[path] = (perPath[path] || 0) + 1;
        if (perPath[path] <= 30) send({ kind: 'frame', path, t: ts, n: frames });
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__visibleFrames = () => frames;
  addEventListener('pagehide', () => send({ kind: 'pagehide', frames, perPath }));
  send({ kind: 'ready', path: location.pathname });
})();`;

const STYLE = `
  body { font: 16px/1.4 system-ui, sans-serif; margin: 0; }
  header { padding: 8px 16px; background: #dde; }
  #profile-content { margin: 16px; padding: 48px; min-height: 240px; background: #c33; color: #fff; }
  ul { margin: 16px; }
`;

function page(title: string, body: string, options: { recorder?: boolean; script?: string } = {}): string {
  const recorder = options.recorder ? `<script>${RECORDER_SCRIPT}</script>` : '';
  const script = options.script ? `<script>${options.script}</script>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>${STYLE}</style>${recorder}</head><body>${body}${script}</body></html>`;
}

/** Links every social page carries, for link-click tests inside a site. */
const IN_SITE_LINKS = ['/alex/', '/alex', '/bob/', '/explore/', '/alex/?utm_source=fixture'];

function linkList(urls: readonly string[], newTab: boolean): string {
  const target = newTab ? ' target="_blank"' : '';
  const items = urls.map(
    (url, i) => `<li><a id="link-${i}" href="${escapeHtml(url)}"${target}>${escapeHtml(url)}</a></li>`,
  );
  return `<ul id="links">${items.join('')}</ul>`;
}

/** A profile-like page on any social host and path; `source` says whether the network or a service worker served it. */
export function profilePage(host: string, path: string, source = 'network'): string {
  const body = `<header>${escapeHtml(host)}</header><main>
<div id="profile-content" data-path="${escapeHtml(path)}" data-source="${source}"><h1>Profile</h1><p>${escapeHtml(path)}</p></div>
${linkList(IN_SITE_LINKS, false)}
<p><a id="new-tab-link" href="/alex/" target="_blank">/alex/ in a new tab</a></p></main>`;
  return page('Fixture profile', body, { recorder: true });
}

/** A page on an unrelated host. */
export function unrelatedPage(host: string, path: string): string {
  const body = `<main><h1 id="unrelated-content">Unrelated page</h1><p>${escapeHtml(host + path)}</p></main>`;
  return page('Unrelated', body);
}

/** A page with links to the given URLs (optionally target=_blank), for link-click and new-tab tests. */
export function linkPage(urls: readonly string[], newTab: boolean): string {
  const body = `<main><h1 id="link-page">Links</h1>${linkList(urls, newTab)}</main>`;
  return page('Links', body);
}

/** A search-result page linking to the given URLs (default: a listed Instagram profile). */
export function searchPage(host: string, urls: readonly string[]): string {
  const list = urls.length ? urls : ['https://www.instagram.com/alex/'];
  const body = `<main><h1 id="search-results">Results on ${escapeHtml(host)}</h1>${linkList(list, false)}</main>`;
  return page('Search', body);
}

const SPA_SCRIPT = `(() => {
  const root = document.getElementById('spa-root');
  const isProfile = (path) => !path.startsWith('/__spa');
  const render = (path) => {
    root.replaceChildren();
    if (isProfile(path)) {
      const el = document.createElement('div');
      el.id = 'profile-content';
      el.dataset.path = path;
      el.dataset.source = 'spa';
      const h = document.createElement('h1');
      h.textContent = 'Profile';
      const p = document.createElement('p');
      p.textContent = path;
      el.append(h, p);
      root.append(el);
    } else {
      const home = document.createElement('p');
      home.id = 'spa-home';
      home.textContent = 'Home feed';
      root.append(home);
    }
  };
  window.__goto = (path) => { history.pushState({ spa: true }, '', path); render(location.pathname); };
  window.__replace = (path) => { history.replaceState({ spa: true }, '', path); render(location.pathname); };
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-spa]');
    if (!link) return;
    event.preventDefault();
    window.__goto(link.getAttribute('href'));
  });
  addEventListener('popstate', () => render(location.pathname));
  render(location.pathname);
})();`;

/** A single-page app: its links call history.pushState and render the profile in the same task. */
export function spaPage(host: string, links: readonly string[]): string {
  const items = links.map(
    (href, i) => `<li><a id="spa-link-${i}" data-spa href="${escapeHtml(href)}">${escapeHtml(href)}</a></li>`,
  );
  const body = `<header>${escapeHtml(host)} app</header><nav><ul id="spa-links">${items.join('')}</ul></nav><main id="spa-root"></main>`;
  return page('Fixture app', body, { recorder: true, script: SPA_SCRIPT });
}

/** The page that installs the fixture service worker (scope `/`) and reports when it controls the page. */
export function serviceWorkerInstallPage(): string {
  const script = `navigator.serviceWorker.register('/__fixture/sw.js', { scope: '/' })
  .then(() => navigator.serviceWorker.ready)
  .then(() => new Promise((resolve) => {
    if (navigator.serviceWorker.controller) resolve();
    else navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
  }))
  .then(() => {
    document.getElementById('sw-status').textContent = 'ready';
    navigator.sendBeacon('/__beacon', JSON.stringify({ kind: 'sw-ready', url: location.href }));
  })
  .catch((error) => { document.getElementById('sw-status').textContent = 'failed: ' + error; });`;
  const body = `<main><h1>Service worker fixture</h1><p id="sw-status">installing</p></main>`;
  return page('Service worker fixture', body, { script });
}

/**
 * The fixture service worker: it answers every navigation on its origin (except /__ paths)
 * with a synthesised profile page, so the network never sees those requests.
 */
export function serviceWorkerScript(host: string): string {
  const template = profilePage(host, '__PATH__', 'service-worker');
  return `const TEMPLATE = ${JSON.stringify(template)};
const escape = (t) => t.replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== location.origin || url.pathname.startsWith('/__') || event.request.mode !== 'navigate') return;
  const html = TEMPLATE.split('__PATH__').join(escape(url.pathname));
  event.respondWith(new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } }));
});`;
}
