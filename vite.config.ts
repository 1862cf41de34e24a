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
 * Supabase Auth loads when it can matter: supabase-js's AuthClient is src/lib/auth-on-demand.ts
 * in the app build, which downloads the real one (about 26 KB gzipped) once the browser holds a
 * session or the app calls Auth (signing in), so a first-time reader does not. The app's own
 * code is the same either way: `supabase.auth.*` and `supabase.from()` as supabase-js documents.
 */
function lazySupabaseAuth(): Plugin {
  const onDemand = fileURLToPath(new URL('./src/lib/auth-on-demand.ts', import.meta.url));
  return {
    name: 'salkku-lazy-supabase-auth',
    apply: 'build',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id !== '@supabase/auth-js' || !importer) return null;
      return importer.includes('/node_modules/@supabase/supabase-js/') ? onDemand : null;
    },
  };
}

/**
 * React Router's components set `displayName` (for React DevTools) right after they are defined,
 * and the bundler counts that assignment as a side effect: every component of the package stays
 * in the build whether the app uses it or not (`Form`, `ScrollRestoration`, `HistoryRouter`, the
 * fetcher forms, …). In the production build this drops those assignments and marks
 * `forwardRef(…)` pure, so only what the app imports is shipped (about 2 KB gzipped on every
 * first visit). The development server keeps the names.
 *
 * React Router also ships its developer warnings in its production build (`warning(cond, msg)`,
 * `warnOnce`: console.warn about a misconfigured route, `flushSync` without react-dom, a path
 * that cannot be decoded, …), their long messages included; React leaves its own out of its
 * production build. The production build empties those two functions, so the minifier drops
 * their calls and messages (about 1 KB gzipped on every first visit); nothing but the console
 * is affected (`invariant`, which throws, stays). The development server and tests keep them.
 */
function reactRouterTreeShaking(): Plugin {
  return {
    name: 'salkku-react-router-tree-shaking',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]react-router[\\/]dist[\\/].*\.mjs$/ },
      handler(code) {
        if (!code.includes('.displayName = ') && !/^function warn/m.test(code)) return null;
        return code
          .replace(/^function warning\(cond, message\) \{\n[\s\S]*?\n\}$/m, 'function warning() {}')
          .replace(
            /^function warnOnce\(condition, message\) \{\n[\s\S]*?\n\}$/m,
            'function warnOnce() {}',
          )
          .replace(/^[\w$]+\.displayName = "[^"\n]*";$/gm, '')
          .replace(/= (React\d*)\.forwardRef\(/g, '= /* @__PURE__ */ $1.forwardRef(');
      },
    },
  };
}

/**
 * Pages load on first use (src/app/router.tsx), so on a cold load the browser would learn which
 * page chunk it needs only after the entry has run. For the pages a visitor opens from a link,
 * a few lines in index.html preload that page's chunks (and CSS) while the entry downloads.
 * The URL patterns mirror the router's paths; one that drifts only loses its preload.
 */
const PRELOADED_PAGES: { modules: string[]; pattern: string }[] = [
  { modules: ['src/app/routes/portfolio.tsx'], pattern: '^/$' },
  // The outcomes section (indicators) loads after the project page renders: no preload.
  { modules: ['src/app/routes/project.tsx'], pattern: '^/projects/(?!new/?$)[^/]+/?$' },
  { modules: ['src/app/routes/timeline.tsx'], pattern: '^/timeline/?$' },
  { modules: ['src/app/routes/growth-area.tsx'], pattern: '^/programmes/[^/]+/[^/]+/?$' },
  { modules: ['src/app/routes/dashboard.tsx'], pattern: '^/dashboard/?$' },
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
        const routes = PRELOADED_PAGES.flatMap(({ modules, pattern }) => {
          const starts = modules.flatMap((module) =>
            chunks.filter((c) => c.facadeModuleId?.endsWith(`/${module}`)),
          );
          if (starts.length === 0) return [];
          const files = [...new Set(starts.flatMap((c) => [...closure(c)]))].filter(
            (file) => !loaded.has(file),
          );
          const css = files.flatMap((file) => [
            ...(byFile.get(file)?.viteMetadata?.importedCss ?? []),
          ]);
          return [[pattern, files.map((f) => `/${f}`), css.map((f) => `/${f}`)]];
        });
        // Supabase Auth loads on demand (lazySupabaseAuth): at once when the browser holds a
        // session, so for a signed-in visitor it downloads beside the entry, not after it.
        const auth = chunks.find((c) =>
          /[\\/]@supabase[\\/]auth-js[\\/]/.test(c.facadeModuleId ?? ''),
        );
        const authFiles = auth
          ? [...closure(auth)].filter((file) => !loaded.has(file)).map((f) => `/${f}`)
          : [];
        const script =
          `(function(){var p=location.pathname,r=${JSON.stringify(routes)},s=${JSON.stringify(authFiles)};` +
          "var a=function(h,rel,as){var l=document.createElement('link');l.rel=rel;l.href=h;" +
          "if(as)l.as=as;l.crossOrigin='';document.head.appendChild(l)};" +
          'for(var i=0;i<r.length;i++)if(new RegExp(r[i][0]).test(p)){' +
          "r[i][1].forEach(function(h){a(h,'modulepreload')});" +
          "r[i][2].forEach(function(h){a(h,'preload','style')});break}" +
          'try{for(i=0;i<localStorage.length;i++)if(/^sb-.+-auth-token$/.test(localStorage.key(i))){' +
          "s.forEach(function(h){a(h,'modulepreload')});break}}catch(e){}})()";
        // Before the stylesheet: an inline script waits for the stylesheets above it.
        return html.replace('<script type="module"', `<script>${script}</script>\n    $&`);
      },
    },
  };
}

/**
 * The entry's stylesheet (the shell's, about 4 KB compressed) goes inline into index.html: a
 * `<link rel=stylesheet>` blocks the first paint until one more request returns, so the header
 * index.html paints arrived only with the app's JavaScript. The CSS file is still written, and a
 * disabled <link> to it stays in the page (browsers do not download a disabled stylesheet): a
 * lazy chunk's preload, which also lists the entry's CSS, finds it there and does not load the
 * stylesheet a second time.
 */
function inlineEntryCss(): Plugin {
  return {
    name: 'salkku-inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(
          /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g,
          (link, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return link;
            // `</style` cannot occur in CSS the bundler wrote, but never end the element early.
            const css = String(asset.source).replace(/<\/style/gi, '<\\/style');
            return `<style>${css}</style>\n    <link rel="stylesheet" href="/${file}" disabled>`;
          },
        );
      },
    },
  };
}

/**
 * The app starts after the browser has painted what index.html holds (the header, with the
 * inline stylesheet): the entry module is preloaded as before, but imported only after the first
 * frame (requestAnimationFrame, then a task), so evaluating the JavaScript never holds the first
 * paint back when the scripts arrive quickly. That costs at most a frame. A hidden document
 * (a background tab, prerendering) starts at once, and a frame that does not come (an offscreen
 * iframe, where browsers skip rendering) is waited for 200 ms at most.
 */
function startAfterFirstPaint(): Plugin {
  return {
    name: 'salkku-start-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html.replace(
          /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/,
          (_script, src: string) =>
            `<link rel="modulepreload" crossorigin href="${src}">\n    <script>` +
            `(function(){var d=0,go=function(){if(!d){d=1;import(${JSON.stringify(src)})}};` +
            "if(document.visibilityState==='hidden')return go();" +
            'requestAnimationFrame(function(){setTimeout(go)});setTimeout(go,200)})()</script>',
        );
      },
    },
  };
}

/**
 * Everything the entry imports statically is downloaded on every first visit anyway; left to
 * itself, the bundler cuts it into chunks by which lazy modules share each part, so every new
 * lazy module could split it further (more requests, worse compression). This keeps the entry's
 * static imports in one chunk, "shell": lazy modules never change what a first visit downloads.
 */
function shellChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const shell = new Set<string>();
  return {
    test: (id) => shell.has(id),
    plugin: {
      name: 'salkku-shell-chunk',
      apply: 'build',
      buildEnd() {
        shell.clear();
        const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
        const visit = (id: string) => {
          if (shell.has(id)) return;
          shell.add(id);
          this.getModuleInfo(id)?.importedIds.forEach(visit);
        };
        // index.html's script (src/main.tsx) stays the entry chunk; what it imports is the shell.
        const scripts = entries.flatMap((id) => this.getModuleInfo(id)?.importedIds ?? []);
        for (const script of scripts) this.getModuleInfo(script)?.importedIds.forEach(visit);
        [...entries, ...scripts].forEach((id) => shell.delete(id));
      },
    },
  };
}

/**
 * Each dynamic import() in a chunk carries the list of files it needs, so the browser fetches
 * them together (Vite's modulepreload). Left alone, the list also names files the importing
 * chunk has already loaded (the entry's chunks, what it imports statically): their names are
 * downloaded for nothing, since a chunk runs only once its static imports are there. This
 * leaves those out; whatever is not loaded yet is preloaded as before.
 */
function preloadOnlyWhatIsMissing() {
  let bundle: Rolldown.OutputBundle | undefined;
  const loadedBy = new Map<string, Set<string>>();
  const loaded = (host: string) => {
    let files = loadedBy.get(host);
    if (!files) {
      const seen = new Set<string>();
      const visit = (file: string) => {
        const chunk = bundle?.[file];
        if (seen.has(file) || chunk?.type !== 'chunk') return;
        seen.add(file);
        chunk.viteMetadata?.importedCss.forEach((css) => seen.add(css));
        chunk.imports.forEach(visit);
      };
      visit(host);
      files = seen;
      loadedBy.set(host, files);
    }
    return files;
  };
  return {
    plugin: {
      name: 'salkku-preload-only-what-is-missing',
      apply: 'build',
      generateBundle: {
        order: 'pre',
        handler(_, output) {
          bundle = output;
          loadedBy.clear();
        },
      },
    } satisfies Plugin,
    resolveDependencies(_: string, deps: string[], context: { hostId: string; hostType: string }) {
      if (context.hostType !== 'js' || bundle?.[context.hostId]?.type !== 'chunk') return deps;
      const have = loaded(context.hostId);
      return deps.filter((dep) => !have.has(dep));
    },
  };
}

const preloads = preloadOnlyWhatIsMissing();
const shell = shellChunk();

export default defineConfig({
  plugins: [
    react(),
    salkkuLocalStack(),
    withoutUnusedSupabaseClients(),
    lazySupabaseAuth(),
    reactRouterTreeShaking(),
    preloadPageChunks(),
    inlineEntryCss(),
    startAfterFirstPaint(),
    shell.plugin,
    preloads.plugin,
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // React 18+ has useSyncExternalStore: the shim's fallback for older React stays out.
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: fileURLToPath(
          new URL('./src/lib/use-sync-external-store-shim.ts', import.meta.url),
        ),
      },
    ],
  },
  server: {
    port: 5173,
    strictPort: true,
    // Pages are lazy; transform them when the dev server starts, not on the first click.
    warmup: {
      clientFiles: ['./src/app/routes/*.tsx'],
    },
  },
  preview: { port: 4173, strictPort: true },
  build: {
    // Vite's modulepreload polyfill (0.4 KB gzip on every first visit) fetches the preloads for
    // browsers without <link rel=modulepreload>; every browser the build targets (Chrome 111,
    // Firefox 114, Safari 16.4) runs the app without it, and those lacking the hint (Firefox
    // before 115, Safari before 17) load the same chunks when they are imported instead.
    modulePreload: { polyfill: false, resolveDependencies: preloads.resolveDependencies },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries every page runs (React, the router, i18next, TanStack Query, the
          // database client) in one chunk: one request, and gzip compresses them together
          // (3 KB less than the handful of chunks Rolldown cuts them into by itself). Only
          // what some page imports statically is listed; recharts, zod and the like stay in
          // the lazy chunks that need them.
          groups: [
            {
              name: 'core',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|use-sync-external-store|@tanstack[\\/](query-core|react-query)|@supabase[\\/](supabase-js|postgrest-js))[\\/]/,
            },
            // The app's own modules a first visit needs, in one chunk (shellChunk above), and
            // the page title every page sets (a chunk of its own otherwise, one more request).
            {
              name: 'shell',
              test: (id) =>
                shell.test(id) || /[\\/]src[\\/]components[\\/]page-title\.tsx$/.test(id),
            },
            // The timeline's layout (days, scale, rows, labels, window) and strings, which its
            // page and its lazy parts (editing, table, print, export) share, in one chunk: left to
            // itself the bundler cuts them into several by which lazy part uses what, all of which
            // the page loads anyway (more requests, worse compression). A group takes the imports
            // of its modules too: these import only each other, i18next (core) and the Finnish
            // timeline strings, which only the timeline and its embed load.
            {
              name: 'timeline',
              test: /[\\/]src[\\/]features[\\/]timeline[\\/](model|geometry|days|calendar-text|scale|rows|labels|window|strings)\.ts$/,
            },
            // Small helpers each public page (/, /projects/:slug, /timeline) imports: one chunk
            // instead of four (fewer requests; gzip compresses them together).
            {
              name: 'public-pages',
              test: /[\\/]src[\\/](lib[\\/](dates|translated|schedule-reasons)\.ts|components[\\/]translated\.tsx)$/,
            },
            // And what the front page's cards and the project page both show: a project's
            // overview row and its schedule badge.
            {
              name: 'project-overview',
              test: /[\\/]src[\\/](lib[\\/]project-overview\.ts|components[\\/]schedule-badge\.tsx)$/,
            },
          ],
        },
      },
    },
  },
  // exceljs (a CommonJS bundle) is imported only by the spreadsheet Web Workers, which the
  // dependency scan does not crawl: pre-bundle it up front, not in the middle of an import.
  optimizeDeps: { include: ['exceljs'] },
});
