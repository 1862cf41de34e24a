// npm run local:status — the local stack's connection settings in the format of
// `supabase status -o env`, plus where its database and outbox are.
import { loadOrCreateKeys } from '../supabase/local/keys.ts';
import { defaultGatewayConfig } from '../supabase/local/keys.ts';
import { defaultDataDir, runningStackUrl } from '../supabase/local/stack.ts';
import { resolve } from 'node:path';
import { projectRoot } from '../supabase/local/db.ts';

const dataDir = resolve(projectRoot, process.env.SALKKU_DATA_DIR ?? defaultDataDir);
const keys = await loadOrCreateKeys();
const running = runningStackUrl(dataDir);
const config = defaultGatewayConfig(keys);

console.log(`API_URL=${running ?? 'http://127.0.0.1:54321'}`);
console.log(`ANON_KEY=${keys.anonKey}`);
console.log(`SERVICE_ROLE_KEY=${keys.serviceRoleKey}`);
console.log(`JWT_SECRET=${keys.jwtSecret}`);
console.log(`DB_PATH=${dataDir}`);
console.log(`OUTBOX_DIR=${config.outboxDir}`);
console.log(`STATUS=${running ? 'running' : 'stopped'}`);
