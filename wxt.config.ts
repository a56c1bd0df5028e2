import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { ICONS, iconFiles } from './utils/build/icons';
import { localeFiles } from './utils/build/locales';
import { paintFirst } from './utils/build/paint-first';
import { SOCIAL_HOST_PATTERNS } from './utils/hosts';

// One source, two targets: Chrome/Edge MV3 and Firefox MV3 (see README "Why MV3 on Firefox").
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Several test runs may build side by side; each can pick its own output folder.
  outDir: process.env.BR_OUT_DIR ?? '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: ICONS,
    permissions: [
      'storage',
      'unlimitedStorage',
      'declarativeNetRequestWithHostAccess',
      'webNavigation',
      'activeTab',
      'alarms',
    ],
    host_permissions: [...SOCIAL_HOST_PATTERNS],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    web_accessible_resources: [{ resources: ['pause.html'], matches: ['<all_urls>'] }],
    // The social-guard unlisted script (not defineContentScript, which would bring WXT's
    // content-script context and the polyfill, ~4 KB gzip, into a script budgeted at 5 KB).
    content_scripts: [
      { matches: [...SOCIAL_HOST_PATTERNS], js: ['social-guard.js'], run_at: 'document_start' },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'breathing-room@breathing-room.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '123' }),
  }),
  // `npm run dev` opens the browser it finds; Debian names its builds chromium and firefox-esr.
  webExt: {
    binaries: {
      ...(existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
        ? { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }
        : {}),
      ...(existsSync('/usr/bin/firefox-esr') ? { firefox: '/usr/bin/firefox-esr' } : {}),
    },
    // Chromium refuses to start as root without --no-sandbox (containers, CI machines).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles(), ...iconFiles());
    },
  },
  vite: () => ({
    // The pause page paints its shell in its first frame: no stylesheet to fetch first.
    plugins: [paintFirst(['entrypoints/pause/index.html'])],
    // Production JSX even when the build runs with NODE_ENV=test (as the size-budget test's
    // does): dev JSX would ship each element's source path and line, 30 % more code.
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact', jsxDev: false },
    build: {
      target: 'es2022',
      // Terser packs our code about 4 % tighter than esbuild (1.2 KB gzip on the options page).
      minify: 'terser',
      cssMinify: 'esbuild',
      // Every browser we support (Chrome 123+, Firefox 142+) preloads modules itself.
      modulePreload: { polyfill: false },
      // Chunks of a few hundred bytes cost more in gzip headers than they hold; merge them.
      rollupOptions: { output: { experimentalMinChunkSize: 2_000 } },
    },
  }),
});
