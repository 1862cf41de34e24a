// npm run local:status [--data-dir <folder>] — the local stack's connection settings in the
// format of `supabase status -o env`, plus where its database and outbox are. Without a folder
// ($SALKKU_DATA_DIR or --data-dir) it reports the default folder's stack, or else the newest
// live stack that noted itself (one started with its own --port and --data-dir). A stack
// counts as running only when it answers /auth/v1/health.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../supabase/local/db.ts';
import { defaultGatewayConfig, loadOrCreateKeys } from '../supabase/local/keys.ts';
import { defaultDataDir, runningStacks, runningStackUrl } from '../supabase/local/stack.ts';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } });
const chosen = values['data-dir'] ?? process.env.SALKKU_DATA_DIR;
const keys = await loadOrCreateKeys();
const config = defaultGatewayConfig(keys);

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/auth/v1/health`, {
      headers: { apikey: keys.anonKey },
      signal: AbortSignal.timeout(3000),
    });
    await res.body?.cancel();
    // 401: a gateway that answers but was started with another install's keys.
    return res.ok || res.status === 401;
  } catch {
    return false;
  }
}

let dataDir = resolve(projectRoot, chosen ?? defaultDataDir);
let running: string | undefined;
const candidates: { dataDir: string; url: string | undefined }[] = chosen
  ? [{ dataDir, url: runningStackUrl(dataDir) }]
  : [
      { dataDir, url: runningStackUrl(dataDir) },
      ...runningStacks().map((r) => ({ dataDir: r.dataDir, url: r.url })),
    ];
for (const candidate of candidates) {
  if (candidate.url && (await answers(candidate.url))) {
    dataDir = candidate.dataDir;
    running = candidate.url;
    break;
  }
}

console.log(`API_URL=${running ?? 'http://127.0.0.1:54321'}`);
console.log(`ANON_KEY=${keys.anonKey}`);
console.log(`SERVICE_ROLE_KEY=${keys.serviceRoleKey}`);
console.log(`JWT_SECRET=${keys.jwtSecret}`);
console.log(`DB_PATH=${dataDir}`);
console.log(`OUTBOX_DIR=${config.outboxDir}`);
console.log(`STATUS=${running ? 'running' : 'stopped'}`);
