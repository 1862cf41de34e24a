// Builds the timeline benchmark's pages: one entry per subject (Salkku's chart and its peers,
// bench/timeline/pages/*.ts) with a minimal HTML page each, so every subject is measured the
// same way in Chromium.
import react from '@vitejs/plugin-react';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { root } from '../lib/chromium';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  name?: string;
  isEntry?: boolean;
}

export interface Subject {
  name: string;
  page: string;
}

/** Bundles every subject's page into outDir; returns each page's JS and CSS files. */
export async function bundlePages(
  outDir: string,
  subjects: readonly Subject[],
): Promise<Record<string, { js: string; css: string[] }>> {
  const pages = path.join(root, 'bench/timeline/pages');
  const input = Object.fromEntries(subjects.map((s) => [s.page, path.join(pages, `${s.page}.ts`)]));
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    resolve: {
      alias: {
        '@': path.join(root, 'src'),
        'salkku-timeline-mount': path.join(root, 'bench/timeline/mount.tsx'),
        'frappe-gantt-css': path.join(root, 'node_modules/frappe-gantt/dist/frappe-gantt.css'),
      },
    },
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: { input },
    },
  });
  const manifest = JSON.parse(
    await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  // A page's styles are its own chunk's and those of every chunk it imports statically: the
  // timeline chart (and its CSS) sits in a chunk shared by the two Salkku pages.
  const cssOf = (key: string, seen = new Set<string>()): string[] => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return [];
    seen.add(key);
    return [...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((k) => cssOf(k, seen))];
  };
  const out: Record<string, { js: string; css: string[] }> = {};
  for (const [key, entry] of Object.entries(manifest)) {
    if (entry.isEntry && entry.name)
      out[entry.name] = { js: entry.file, css: [...new Set(cssOf(key))] };
  }
  for (const s of subjects) {
    const entry = out[s.page];
    if (!entry) throw new Error(`no bundle for ${s.page}`);
    const html = [
      '<!doctype html><html lang="fi"><head><meta charset="utf-8">',
      `<title>${s.name}</title>`,
      ...entry.css.map((href) => `<link rel="stylesheet" href="/${href}">`),
      '</head><body style="margin:0"><div id="app" style="width:1280px"></div>',
      `<script type="module" src="/${entry.js}"></script></body></html>`,
    ].join('');
    await writeFile(path.join(outDir, `${s.page}.html`), html);
  }
  return out;
}
