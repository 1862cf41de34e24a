// Standalone local stack: `npx tsx supabase/local/server.ts [--port 54321] [--host 127.0.0.1]
// [--data-dir .salkku/db, or $SALKKU_DATA_DIR] [--no-seed]`. Prints the URL and keys like `supabase status -o env`
// and closes the database cleanly on SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { startLocalStack } from './stack.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SALKKU_PORT ?? '54321' },
    host: { type: 'string', default: '127.0.0.1' },
    'data-dir': { type: 'string', default: process.env.SALKKU_DATA_DIR },
    'no-seed': { type: 'boolean', default: false },
    // For tests: another migrations folder.
    'migrations-dir': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const port = Number.parseInt(values.port, 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port ${values.port}`);
  process.exit(2);
}

const log = values.quiet ? () => {} : (m: string) => console.error(`[salkku] ${m}`);
let stack: Awaited<ReturnType<typeof startLocalStack>>;
try {
  stack = await startLocalStack({
    port,
    host: values.host,
    dataDir: values['data-dir'],
    seed: !values['no-seed'],
    migrationsDir: values['migrations-dir'],
    log,
  });
} catch (error) {
  console.error(
    `Could not start the local stack: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

console.log(`API_URL=${stack.url}`);
console.log(`ANON_KEY=${stack.keys.anonKey}`);
console.log(`SERVICE_ROLE_KEY=${stack.keys.serviceRoleKey}`);
console.log(`DB_PATH=${stack.dataDir}`);
console.log(`OUTBOX_DIR=${stack.config.outboxDir}`);
if (stack.mail) {
  console.log(`MAIL_URL=${stack.url}/_mail`);
  console.log(`SMTP_PORT=${stack.mail.catcher.port}`);
}
log(`ready${stack.created ? ' (new database, seeded)' : ''}; Ctrl+C stops`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: closing the database`);
  try {
    await stack.close();
    process.exit(0);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
