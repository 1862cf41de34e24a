// npm run serve -- [--dir dist] [--port 4173] [--data-dir .salkku/db] [--fresh] [--no-api]
//
// Serves the production build the way the README's deploy section tells a city to serve dist/,
// so what Lighthouse and the bundle budget measure is what a resident gets:
//   - compressed: brotli or gzip, as the browser asks (Accept-Encoding), made once at start;
//   - /assets/* (file names carry a content hash): Cache-Control public, a year, immutable;
//   - index.html and the other files at the root: Cache-Control no-cache (revalidated by ETag),
//     so a new release is picked up on the next visit;
//   - every other path that is not a file gets index.html (the app routes on the client);
//     a missing /assets/ file is a 404, never HTML.
// Locally it also mounts the local Supabase stack on the same origin, as `npm run dev` and
// `npm run preview` do, since a build without VITE_SUPABASE_URL talks to its own origin: the
// gateway (/rest/v1, /auth/v1, the Atom feeds under /feeds/) and the mail catcher (/_mail, the
// unsubscribe route /functions/v1/mail-worker/). --fresh (or SALKKU_FRESH_DB=1, as for the dev
// server) deletes the database folder first, so it starts from the seed: the e2e tests run so
// against the CI build (playwright.config.ts). Against hosted Supabase only the static part applies.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { createLocalStack, defaultDataDir, recordStackUrl } from '../supabase/local/stack.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.xml',
  '.webmanifest',
]);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const API_PREFIXES = ['/rest/v1/', '/auth/v1/', '/feeds/'];
const MAIL_PREFIXES = ['/_mail/', '/functions/v1/mail-worker/'];
const isPrefixed = (url: string, prefixes: string[]) =>
  prefixes.some(
    (p) => url.startsWith(p) || url === p.slice(0, -1) || url.startsWith(`${p.slice(0, -1)}?`),
  );

interface StaticFile {
  type: string;
  etag: string;
  cacheControl: string;
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : listFiles(full, base);
    return [`/${path.relative(base, full).split(path.sep).join('/')}`];
  });
}

/** Reads and compresses every file of the build once (the build does not change while served). */
async function loadFiles(dir: string): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  await Promise.all(
    listFiles(dir).map(async (urlPath) => {
      const identity = readFileSync(path.join(dir, urlPath));
      const ext = path.extname(urlPath);
      const file: StaticFile = {
        type: TYPES[ext] ?? 'application/octet-stream',
        etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`,
        cacheControl: urlPath.startsWith('/assets/') ? IMMUTABLE : 'no-cache',
        identity,
      };
      if (COMPRESSIBLE.has(ext) && identity.length > 512) {
        [file.br, file.gzip] = await Promise.all([
          brotli(identity, {
            params: {
              [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
              [zlibConstants.BROTLI_PARAM_SIZE_HINT]: identity.length,
            },
          }),
          gzipAsync(identity, { level: 9 }),
        ]);
      }
      files.set(urlPath, file);
    }),
  );
  return files;
}

/** The encoding to send: brotli if accepted, else gzip, else none (q=0 means refused). */
function pickEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    String(header ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => part && !/;\s*q=0(\.0*)?$/.test(part))
      .map((part) => part.split(';')[0]),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

/**
 * Which sites may frame the embeds (/embed/…, #14 §3): SALKKU_FRAME_ANCESTORS, a CSP
 * frame-ancestors source list such as "'self' https://www.hel.fi"; any site by default.
 */
export function embedFrameAncestors(env: NodeJS.ProcessEnv = process.env): string {
  return env.SALKKU_FRAME_ANCESTORS?.trim() || '*';
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: StaticFile,
  extra: Record<string, string> = {},
) {
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    'Cache-Control': file.cacheControl,
    ETag: file.etag,
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  };
  if (file.br || file.gzip) headers.Vary = 'Accept-Encoding';
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const encoding = file.br || file.gzip ? pickEncoding(req.headers['accept-encoding']) : null;
  const body = (encoding && file[encoding]) || file.identity;
  if (body !== file.identity && encoding) headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

export interface ServeDistOptions {
  /** The build to serve (default dist/). */
  dir?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Mount the local Supabase stack on /rest/v1 and /auth/v1 (default true). */
  api?: boolean;
  /** Database folder of the local stack (default $SALKKU_DATA_DIR or .salkku/db). */
  dataDir?: string;
  /** Delete the database folder first, so it starts from the seed (default $SALKKU_FRESH_DB=1). */
  fresh?: boolean;
}

export interface ServedDist {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

export async function serveDist(options: ServeDistOptions = {}): Promise<ServedDist> {
  const dir = path.resolve(root, options.dir ?? 'dist');
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: run \`npm run build\` first`);
  }
  // Until the build and the stack are ready every request is answered 503 (a client that waits
  // for the server, as Playwright's webServer does, asks again), never left hanging.
  let handle = (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(503, { 'Retry-After': '1', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Starting');
  };
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4173, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`;

  // Compressing the build (zlib's thread pool) and opening the database (this thread) take
  // seconds each: side by side.
  const loading = loadFiles(dir);
  let closeStack = async () => {};
  let gateway: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  let mail: ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined;
  let files: Map<string, StaticFile>;
  try {
    if (options.api ?? true) {
      const dataDir = path.resolve(
        root,
        options.dataDir ?? process.env.SALKKU_DATA_DIR ?? defaultDataDir,
      );
      if (options.fresh ?? process.env.SALKKU_FRESH_DB === '1') {
        rmSync(dataDir, { recursive: true, force: true });
      }
      const stack = await createLocalStack({ dataDir, siteUrl: origin });
      closeStack = () => stack.close();
      recordStackUrl(dataDir, origin);
      gateway = (req, res) => void stack.gateway.handle(req, res);
      const { mail: localMail } = stack;
      if (localMail) mail = (req, res) => localMail.handle(req, res);
    }
    files = await loading;
  } catch (error) {
    server.close();
    await closeStack();
    throw error;
  } finally {
    // Never an unhandled rejection from the build's files when the stack failed first.
    loading.catch(() => {});
  }
  const index = files.get('/index.html');
  if (!index) throw new Error('index.html went missing');

  handle = (req, res) => {
    const url = req.url ?? '/';
    if (gateway && isPrefixed(url, API_PREFIXES)) {
      gateway(req, res);
      return;
    }
    if (mail && isPrefixed(url, MAIL_PREFIXES) && mail(req, res)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = path.posix.normalize(decodeURIComponent(new URL(url, origin).pathname));
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = files.get(pathname);
    if (file) {
      sendFile(req, res, file);
    } else if (pathname.startsWith('/assets/')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    } else if (pathname.startsWith('/embed/')) {
      sendFile(req, res, index, {
        'Content-Security-Policy': `frame-ancestors ${embedFrameAncestors()}`,
      });
    } else {
      sendFile(req, res, index);
    }
  };
  server.keepAliveTimeout = 5000;

  return {
    origin,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeStack();
    },
  };
}

function isMain() {
  return process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
}

if (isMain()) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      fresh: { type: 'boolean' },
      'no-api': { type: 'boolean' },
    },
  });
  const served = await serveDist({
    dir: values.dir,
    port: values.port ? Number(values.port) : undefined,
    host: values.host,
    dataDir: values['data-dir'],
    fresh: values.fresh || undefined,
    api: !values['no-api'],
  });
  console.log(`Serving ${values.dir ?? 'dist'} on ${served.origin} (Ctrl-C stops)`);
  const stop = () => void served.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
