/**
 * Adds the benchmark-only pages to a bench build (never to a shipped one) and writes the
 * do-nothing baseline extension:
 *   <build>/bench/blank.html   a tiny extension page: the baseline for "time to the pause page",
 *                              web-accessible in the bench build (so a network rule may
 *                              redirect to it, as the list's rules do to the pause page)
 *   <build>/bench/data.html    seeds data and times the popup's queries (data-page.ts)
 *   <out>/stub/<target>/       an extension that does nothing: "without the extension"
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..', '..');

/** Bundles data-page.ts once into a temporary folder; returns the bundle's path. */
async function bundleDataPage(tmpDir) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: {
      alias: [
        { find: /^@\//, replacement: `${root}/` },
        // The one thing the data layer takes from '#imports' outside WXT's own build.
        { find: '#imports', replacement: 'wxt/utils/storage' },
      ],
    },
    build: {
      outDir: tmpDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: { entry: path.join(here, 'data-page.ts'), formats: ['es'], fileName: () => 'data.js' },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  return path.join(tmpDir, 'data.js');
}

/** Lists bench/blank.html among the bench build's web-accessible resources (once). */
function exposeBlankPage(manifestPath) {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const entry = { resources: ['bench/blank.html'], matches: ['<all_urls>'] };
  const listed = (manifest.web_accessible_resources ?? []).some((e) =>
    e.resources?.includes('bench/blank.html'),
  );
  if (!listed) manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), entry];
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
}

/** Adds bench/ pages to each built target in `outDir` and writes the stub extension next to them. */
export async function addBenchPages(outDir, targets = ['chrome-mv3', 'firefox-mv3']) {
  const tmp = fs.mkdtempSync(path.join(outDir, '.bench-pages-'));
  try {
    const bundle = await bundleDataPage(tmp);
    for (const target of targets) {
      const dir = path.join(outDir, target, 'bench');
      fs.mkdirSync(dir, { recursive: true });
      fs.copyFileSync(path.join(here, 'blank.html'), path.join(dir, 'blank.html'));
      fs.copyFileSync(path.join(here, 'data.html'), path.join(dir, 'data.html'));
      fs.copyFileSync(bundle, path.join(dir, 'data.js'));
      exposeBlankPage(path.join(outDir, target, 'manifest.json'));
      const stub = path.join(outDir, 'stub', target);
      fs.rmSync(stub, { recursive: true, force: true });
      fs.cpSync(path.join(here, 'stub'), stub, { recursive: true });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
