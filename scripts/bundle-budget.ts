// npm run budget — what a first-time visitor downloads: the gzipped JavaScript of each public
// page on a cold load of the production build, held to a budget (issue #10 §5).
//
// A page's JavaScript is the entry chunk of index.html, the route's own lazy module and every
// chunk either of them imports statically (Vite preloads those with <link rel=modulepreload>),
// followed transitively through the build manifest. Chunks reached only through dynamic
// import() — the dashboard, the charts, the forms, Supabase Auth for a reader with no session
// — are not counted: they load on demand. A module the route's loader waits for before the page
// renders is part of the page, though it comes through import(): PAGES lists it beside the route.
//
// It builds the app into a temporary folder (a few seconds) unless --dist <dir> names an existing
// build made with `build.manifest: true`. Prints a table, then where each page's bytes go: what
// every page shares (the entry and its imports) and what the route adds, by chunk and by source
// module or package (module figures only for its own build: a chunk's gzip size shared out by
// each module's share of the minified chunk). Writes bench/results/bundle.json (metric
// js_gzip_kb, case = the route) and exits 1 when a page is over its ceiling.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Manifest, Plugin } from 'vite';
import { writeResults } from '../bench/lib/results.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Issue #10's goal: at most 150 KB (1,000 bytes) of gzipped JavaScript per public page. What
 * every page shares is about 124 KB by itself, nearly all libraries: React DOM (72), React
 * Router (26), TanStack Query (10), the database client (6), the translator (1.5),
 * the public pages' Finnish strings (2). So each page's ceiling is what it loads today plus a
 * little headroom: the check fails on growth. Lower a ceiling whenever a page shrinks; put new UI
 * in lazy chunks.
 */
const TARGET_KB = 150;

/** Each public page, the module the router loads lazily for it (src/app/router.tsx), its ceiling. */
const PAGES: { route: string; modules: string[]; budgetKb: number }[] = [
  // What the pages load (131.7 / 149.6 / 142.4) plus a little headroom, after Auth's error
  // classes, the invalidation map, React Router's warnings, the error pages, a toast's own code
  // and i18next (for lib/translator.ts) left the shared part, the timeline's strings left / and
  // /projects/:slug, and the version-checked write, the chart's editing code, the table and the
  // print view /timeline.
  { route: '/', modules: ['src/app/routes/portfolio.tsx'], budgetKb: 133 },
  // Its loader waits (at most 300 ms) for the outcomes section (indicators, progress, drift) and
  // its texts, all three languages (lib/namespaces.ts), so they count. The status updates, "copy
  // embed code" and what only signed-in users see load after the page has painted.
  {
    route: '/projects/:slug',
    modules: [
      'src/app/routes/project.tsx',
      'src/features/indicators/public.ts',
      'src/locales/indicators/fi.json',
      'src/locales/indicators/sv.json',
      'src/locales/indicators/en.json',
    ],
    budgetKb: 150,
  },
  // Its loader waits for the timeline's strings too (src/lib/i18n.ts, the Finnish ones here).
  {
    route: '/timeline',
    modules: ['src/app/routes/timeline.tsx', 'src/locales/timeline/fi.json'],
    budgetKb: 144,
  },
];

/** Lines of the breakdown per part (shared, each route's own). */
const TOP = 8;

const { values: args } = parseArgs({ options: { dist: { type: 'string' } } });

/** Minified bytes per source module in each chunk, as Rolldown rendered them. */
type ChunkModules = Map<string, Map<string, number>>;

function recordModules(into: ChunkModules): Plugin {
  return {
    name: 'salkku-budget-modules',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const sizes = new Map<string, number>();
        for (const [id, info] of Object.entries(chunk.modules)) {
          if (info.renderedLength > 0) sizes.set(id, info.renderedLength);
        }
        into.set(chunk.fileName, sizes);
      }
    },
  };
}

async function buildIntoTemp(modules: ChunkModules): Promise<{ dir: string; cleanup: () => void }> {
  const { build } = await import('vite');
  const dir = mkdtempSync(path.join(tmpdir(), 'salkku-budget-'));
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    plugins: [recordModules(modules)],
    build: { outDir: dir, emptyOutDir: true, manifest: true, reportCompressedSize: false },
  });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The manifest keys of every chunk the given keys load statically (themselves included). */
function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

/** A module id as a reader knows it: the npm package, or the path in the repository. */
function moduleLabel(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '').replaceAll('\\', '/');
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(clean);
  if (pkg) return pkg[1]!;
  return clean.startsWith(root.replaceAll('\\', '/')) ? path.relative(root, clean) : clean;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1).padStart(6);

const chunkModules: ChunkModules = new Map();
const { dir, cleanup } = args.dist
  ? { dir: path.resolve(args.dist), cleanup: () => {} }
  : await buildIntoTemp(chunkModules);

try {
  const manifest = JSON.parse(
    readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('the build manifest has no entry');

  const gzipped = new Map<string, number>();
  const gzipBytes = (file: string) => {
    let size = gzipped.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length;
      gzipped.set(file, size);
    }
    return size;
  };
  const jsFiles = (keys: Iterable<string>) =>
    [...keys].map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js'));
  const sum = (files: string[]) => files.reduce((total, file) => total + gzipBytes(file), 0);

  /** Where the gzipped bytes of these chunks come from, by module or package, largest first. */
  const byModule = (files: string[]) => {
    const totals = new Map<string, number>();
    for (const file of files) {
      const sizes = chunkModules.get(file);
      if (!sizes) continue;
      const rendered = [...sizes.values()].reduce((a, b) => a + b, 0);
      for (const [id, length] of sizes) {
        const label = moduleLabel(id);
        totals.set(label, (totals.get(label) ?? 0) + (gzipBytes(file) * length) / rendered);
      }
    }
    return [...totals].sort((a, b) => b[1] - a[1]);
  };

  const shared = jsFiles(staticClosure(manifest, [entry]));
  const rows = PAGES.map(({ route, modules, budgetKb }) => {
    // Every page is a lazy route module (src/app/router.tsx), so each is a chunk of its own.
    for (const m of modules) {
      if (!manifest[m]) {
        throw new Error(`${m} (${route}) is not a chunk of the build: renamed, or no longer lazy?`);
      }
    }
    const files = jsFiles(staticClosure(manifest, [entry, ...modules]));
    const own = files.filter((file) => !shared.includes(file));
    const total = sum(files) / 1000;
    return {
      route,
      kb: Math.round(total * 10) / 10,
      chunks: files.length,
      budgetKb,
      own,
    };
  });

  console.log(`JavaScript per page on a first visit, gzip -9 (goal ${TARGET_KB} KB each)\n`);
  console.log(
    `${'route'.padEnd(18)}${'KB gzip'.padStart(9)}${'ceiling'.padStart(9)}${'chunks'.padStart(8)}`,
  );
  for (const row of rows) {
    const flag =
      row.kb > row.budgetKb ? '  over its ceiling' : row.kb > TARGET_KB ? '  (over the goal)' : '';
    console.log(
      `${row.route.padEnd(18)}${row.kb.toFixed(1).padStart(9)}${String(row.budgetKb).padStart(9)}` +
        `${String(row.chunks).padStart(8)}${flag}`,
    );
  }

  const describe = (title: string, files: string[]) => {
    console.log(`\n${title}: ${(sum(files) / 1000).toFixed(1)} KB in ${files.length} chunks`);
    const chunks = [...files].sort((a, b) => gzipBytes(b) - gzipBytes(a));
    for (const file of chunks.slice(0, TOP)) console.log(`  ${kb(gzipBytes(file))}  ${file}`);
    if (chunks.length > TOP) {
      const rest = chunks.slice(TOP);
      console.log(`  ${kb(sum(rest))}  ${rest.length} more chunks`);
    }
    const modules = byModule(files);
    if (modules.length === 0) return;
    console.log('  by module or package:');
    for (const [label, bytes] of modules.slice(0, TOP)) console.log(`  ${kb(bytes)}  ${label}`);
    if (modules.length > TOP) {
      const rest = modules.slice(TOP).reduce((total, [, bytes]) => total + bytes, 0);
      console.log(`  ${kb(rest)}  ${modules.length - TOP} more`);
    }
  };
  describe('Every page (index.html and what it imports)', shared);
  for (const row of rows) describe(`${row.route} adds`, row.own);

  const file = writeResults({
    benchmark: 'bundle',
    workload: { goal_js_gzip_kb: TARGET_KB, shared_js_gzip_kb: Math.round(sum(shared) / 100) / 10 },
    results: rows.map((row) => ({
      subject: 'salkku',
      case: row.route,
      metric: 'js_gzip_kb',
      value: row.kb,
      runs: 1,
      note: `${row.chunks} chunks; the build is deterministic, so one measurement`,
    })),
  });
  console.log(`\n${path.relative(root, file)}`);
  const over = rows.filter((row) => row.kb > row.budgetKb);
  if (over.length > 0) {
    console.error(
      `\nOver the ceiling: ${over.map((r) => `${r.route} ${r.kb} > ${r.budgetKb} KB`).join(', ')}. ` +
        'Load what the page does not need at first through a lazy route or import(); ' +
        'the breakdown above shows what each page loads.',
    );
    process.exitCode = 1;
  }
} finally {
  cleanup();
}
