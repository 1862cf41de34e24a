// The local stack's database: PGlite running the bootstrap, the project's migrations
// (tracked in supabase_migrations.schema_migrations, as the Supabase CLI does) and,
// on a new database only, the seed.
import { PGlite, type Extensions } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const supabaseDir = join(projectRoot, 'supabase');
export const migrationsDir = join(supabaseDir, 'migrations');
export const bootstrapFile = join(supabaseDir, 'local', 'bootstrap.sql');
export const seedFile = join(supabaseDir, 'seed.sql');

export interface Migration {
  version: string;
  name: string;
  file: string;
}

/** Migrations on disk, in the order the Supabase CLI applies them (by version). */
export function listMigrations(dir = migrationsDir): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const [, version = '', name = ''] = /^(\d+)_(.+)\.sql$/.exec(f) ?? [];
      return { version, name, file: join(dir, f) };
    });
}

export interface OpenOptions {
  /** Folder to persist in; omit for an in-memory database. */
  dataDir?: string;
  /** Load the seed when the database is new (default true). */
  seed?: boolean;
  /** Extra PGlite extensions (e.g. pgtap for tests). */
  extensions?: Extensions;
  /** Folder of migrations (default supabase/migrations); tests point it elsewhere. */
  migrationsDir?: string;
  log?: (message: string) => void;
}

export interface OpenResult {
  db: PGlite;
  created: boolean;
  applied: string[];
}

/** Opens (or creates) the database and brings it up to date. */
export async function openDatabase(options: OpenOptions = {}): Promise<OpenResult> {
  const { dataDir, seed = true, extensions = {}, log = () => {}, migrationsDir: dir } = options;
  const created = !dataDir || !existsSync(join(dataDir, 'PG_VERSION'));
  const db = await PGlite.create({
    dataDir,
    extensions: { pgcrypto, ...extensions },
  });
  try {
    const applied = await migrate(db, log, dir);
    if (created && seed && existsSync(seedFile)) {
      log('seeding the database');
      await db.exec(readFileSync(seedFile, 'utf8'));
    }
    return { db, created, applied };
  } catch (error) {
    // Leave no open handle on the folder behind a failed start.
    await db.close();
    throw error;
  }
}

/** Runs the bootstrap, then every migration not yet recorded. Returns the versions applied. */
export async function migrate(
  db: PGlite,
  log: (m: string) => void = () => {},
  dir: string = migrationsDir,
): Promise<string[]> {
  await db.exec(readFileSync(bootstrapFile, 'utf8'));
  const done = new Set(
    (
      await db.query<{ version: string }>(
        'select version from supabase_migrations.schema_migrations',
      )
    ).rows.map((r) => r.version),
  );
  const applied: string[] = [];
  for (const m of listMigrations(dir)) {
    if (done.has(m.version)) continue;
    log(`applying migration ${m.version}_${m.name}`);
    const sql = readFileSync(m.file, 'utf8');
    await db.transaction(async (tx) => {
      await tx.exec(sql);
      await tx.query(
        'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
        [m.version, m.name, [sql]],
      );
    });
    applied.push(m.version);
  }
  return applied;
}
