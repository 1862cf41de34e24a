// npm run db:reset — deletes the local database and rebuilds it from the bootstrap,
// supabase/migrations and supabase/seed.sql (like `supabase db reset`).
// Options: --data-dir <folder> (default $SALKKU_DATA_DIR or .salkku/db), --no-seed.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLocalStack, defaultDataDir, runningStackUrl } from '../supabase/local/stack.ts';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: process.env.SALKKU_DATA_DIR ?? defaultDataDir },
    'no-seed': { type: 'boolean', default: false },
  },
});
const dataDir = values['data-dir'];

const running = runningStackUrl(dataDir);
if (running) {
  console.error(`The local stack is running on ${running}; stop it before resetting the database.`);
  process.exit(1);
}

rmSync(dataDir, { recursive: true, force: true });
const started = Date.now();
const stack = await createLocalStack({
  dataDir,
  seed: !values['no-seed'],
  log: (m) => console.log(m),
});
await stack.close();
console.log(
  `Database rebuilt in ${stack.dataDir}: ${stack.applied.length} migrations` +
    `${values['no-seed'] ? '' : ' and the seed'} (${((Date.now() - started) / 1000).toFixed(1)} s).`,
);
