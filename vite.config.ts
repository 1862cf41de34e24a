import { defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { salkkuLocalStack } from './supabase/local/vite-plugin.ts';

/**
 * Salkku uses two of supabase-js's clients, the database (PostgREST) and Auth. `createClient`
 * also constructs Realtime and Storage (and offers Functions), which the app never calls: a
 * quarter of supabase-js, about 25 KB gzipped, on every first visit. In the app this plugin
 * puts small stand-ins in their place: they accept what `createClient` and the auth listener
 * do with them (construct, `setAuth`) and throw a plain error if the app ever calls them, so
 * whoever starts using Realtime or Storage removes the line here. Tests and scripts (vitest,
 * Node) use the real packages.
 */
function withoutUnusedSupabaseClients(): Plugin {
  const unused = `const unused = (name) => () => {
  throw new Error('Supabase ' + name + ' is left out of this build (vite.config.ts)');
};`;
  const stubs: Record<string, string> = {
    '@supabase/realtime-js': `${unused}
export class RealtimeClient {
  setAuth() { return Promise.resolve(); }
  getChannels() { return []; }
}
for (const m of ['channel', 'removeChannel', 'removeAllChannels', 'connect', 'disconnect']) {
  RealtimeClient.prototype[m] = unused('Realtime');
}`,
    '@supabase/storage-js': `${unused}
export class StorageClient {}
StorageClient.prototype.from = unused('Storage');
StorageClient.prototype.listBuckets = unused('Storage');
export class StorageApiError extends Error {}`,
    '@supabase/functions-js': `${unused}
export class FunctionsClient {}
FunctionsClient.prototype.invoke = unused('Functions');
export const FunctionRegion = {};
export class FunctionsError extends Error {}
export class FunctionsFetchError extends FunctionsError {}
export class FunctionsHttpError extends FunctionsError {}
export class FunctionsRelayError extends FunctionsError {}`,
  };
  const prefix = '\0salkku-unused:';
  return {
    name: 'salkku-without-unused-supabase-clients',
    enforce: 'pre',
    resolveId(id) {
      return id in stubs ? prefix + id : null;
    },
    load(id) {
      return id.startsWith(prefix) ? stubs[id.slice(prefix.length)] : null;
    },
  };
}

/**
 * Pages load on first use (src/app/router.tsx), so on a cold load the browser would learn which
 * page chunk it needs only after the entry has run. For the pages a visitor opens from a link,
 * a few lines in index.html preload that page's chunks (and CSS) while the entry downloads.
 * The URL patterns mirror the router's paths; one that drifts only loses its preload.
 */
const PRELOADED_PAGES: { module: string; pattern: string }[] = [
  { module: 'src/app/routes/portfolio.tsx', pattern: '^/$' },
  { module: 'src/app/routes/project.tsx', pattern: '^/projects/(?!new/?$)[^/]+/?$' },
  { module: 'src/app/routes/timeline.tsx', pattern: '^/timeline/?$' },
  { module: 'src/app/routes/growth-area.tsx', pattern: '^/programmes/[^/]+/[^/]+/?$' },
  { module: 'src/app/routes/dashboard.tsx', pattern: '^/dashboard/?$' },
];

function preloadPageChunks(): Plugin {
  return {
    name: 'salkku-preload-page-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter(
          (c): c is Rolldown.OutputChunk => c.type === 'chunk',
        );
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const closure = (start: Rolldown.OutputChunk) => {
          const seen = new Set<string>();
          const visit = (file: string) => {
            if (seen.has(file)) return;
            seen.add(file);
            byFile.get(file)?.imports.forEach(visit);
          };
          visit(start.fileName);
          return seen;
        };
        const entry = chunks.find((c) => c.isEntry);
        if (!entry) return html;
        const loaded = closure(entry);
        const routes = PRELOADED_PAGES.flatMap(({ module, pattern }) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(`/${module}`));
          if (!chunk) return [];
          const files = [...closure(chunk)].filter((file) => !loaded.has(file));
          const css = files.flatMap((file) => [
            ...(byFile.get(file)?.viteMetadata?.importedCss ?? []),
          ]);
          return [[pattern, files.map((f) => `/${f}`), css.map((f) => `/${f}`)]];
        });
        const script =
          `(function(){var p=location.pathname,r=${JSON.stringify(routes)};` +
          'for(var i=0;i<r.length;i++)if(new RegExp(r[i][0]).test(p)){' +
          "var a=function(h,rel,as){var l=document.createElement('link');l.rel=rel;l.href=h;" +
          "if(as)l.as=as;l.crossOrigin='';document.head.appendChild(l)};" +
          "r[i][1].forEach(function(h){a(h,'modulepreload')});" +
          "r[i][2].forEach(function(h){a(h,'preload','style')});break}})()";
        // Before the stylesheet: an inline script waits for the stylesheets above it.
        return html.replace('<script type="module"', `<script>${script}</script>\n    $&`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), salkkuLocalStack(), withoutUnusedSupabaseClients(), preloadPageChunks()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    port: 5173,
    strictPort: true,
    // Pages are lazy; transform them when the dev server starts, not on the first click.
    warmup: {
      clientFiles: ['./src/app/routes/*.tsx'],
    },
  },
  preview: { port: 4173, strictPort: true },
  // exceljs (a CommonJS bundle) is imported only by the spreadsheet Web Workers, which the
  // dependency scan does not crawl: pre-bundle it up front, not in the middle of an import.
  optimizeDeps: { include: ['exceljs'] },
});
