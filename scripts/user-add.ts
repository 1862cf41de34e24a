// npm run user:add -- --email x@y.fi --role director [--lead <project-slug>]... [--name "…"]
//   [--password …] [--url https://<ref>.supabase.co --service-key <service_role key>]
//
// Onboards a person the way a city's admin would: only through the Supabase Auth admin API
// and PostgREST with the service-role key, so it works the same against the local stack and
// hosted Supabase. Creates the sign-in (or reuses an existing one with that e-mail), then
// grants the organisation role (user_roles), links or creates the person (people) and makes
// them lead of the given projects (project_members). Re-running it is harmless.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { loadOrCreateKeys } from '../supabase/local/keys.ts';
import { runningStackUrl } from '../supabase/local/stack.ts';

const ROLES = ['admin', 'director', 'viewer'] as const;
type AppRole = (typeof ROLES)[number];

export interface AddUserOptions {
  url: string;
  serviceKey: string;
  email: string;
  role?: AppRole;
  lead: string[];
  name?: string;
  password?: string;
}

export interface AddUserResult {
  userId: string;
  created: boolean;
  password?: string;
  personId: string;
  projects: string[];
}

const usage = `Usage: npm run user:add -- --email <e-mail> [--role admin|director|viewer]
    [--lead <project-slug>]... [--name "Full Name"] [--password <password>]
    [--url <Supabase URL> --service-key <service_role key>]
Without --url/--service-key (or SUPABASE_URL / SUPABASE_SERVICE_ROLE_KEY) it talks to the
local stack: the running dev server or local:start, else http://127.0.0.1:54321.`;

function fail(message: string): never {
  throw new Error(message);
}

type RealtimeTransport = NonNullable<
  NonNullable<NonNullable<Parameters<typeof createClient>[2]>['realtime']>['transport']
>;

function adminClient(url: string, serviceKey: string): SupabaseClient {
  return createClient(url, serviceKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: WebSocket as unknown as RealtimeTransport },
  });
}

async function findUserId(client: SupabaseClient, email: string): Promise<string | undefined> {
  for (let page = 1; page < 1000; page++) {
    const { data, error } = await client.auth.admin.listUsers({ page, perPage: 1000 });
    if (error) throw error;
    const hit = data.users.find((u) => u.email?.toLowerCase() === email);
    if (hit) return hit.id;
    if (data.users.length < 1000) return undefined;
  }
  return undefined;
}

/** Does the work; exported for the end-to-end test. */
export async function addUser(options: AddUserOptions): Promise<AddUserResult> {
  const email = options.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail(`Not an e-mail address: ${options.email}`);
  if (!options.role && options.lead.length === 0) fail('Give --role and/or --lead');
  const client = adminClient(options.url, options.serviceKey);

  // Check the projects first, so a typo leaves nothing half done.
  const projects: { id: string; slug: string }[] = [];
  for (const slug of options.lead) {
    const { data, error } = await client.from('projects').select('id, slug').eq('slug', slug);
    if (error) throw error;
    const project = (data as { id: string; slug: string }[])[0];
    if (!project) fail(`No project with slug "${slug}"`);
    projects.push(project);
  }

  const fullName = options.name?.trim() || email.split('@')[0] || email;
  let password = options.password;
  let created = false;
  let userId: string;
  const generated = password === undefined;
  password ??= randomBytes(12).toString('base64url');
  const { data: made, error: createError } = await client.auth.admin.createUser({
    email,
    password,
    email_confirm: true,
    user_metadata: { full_name: fullName },
  });
  if (createError) {
    if (createError.code !== 'email_exists' && createError.code !== 'user_already_exists') {
      throw createError;
    }
    userId = (await findUserId(client, email)) ?? fail(`${email} exists but was not found`);
    password = undefined; // the existing password stays
  } else {
    userId = made.user.id;
    created = true;
  }

  if (options.role) {
    const { error } = await client
      .from('user_roles')
      .upsert(
        { user_id: userId, role: options.role },
        { onConflict: 'user_id,role', ignoreDuplicates: true },
      );
    if (error) throw error;
  }

  // The person: the one already linked, else one with this e-mail and no account, else new.
  let personId: string | undefined;
  {
    const { data, error } = await client.from('people').select('id').eq('user_id', userId);
    if (error) throw error;
    personId = (data as { id: string }[])[0]?.id;
  }
  if (!personId) {
    const { data, error } = await client
      .from('people')
      .select('id')
      .ilike('email', email)
      .is('user_id', null)
      .limit(1);
    if (error) throw error;
    const free = (data as { id: string }[])[0];
    if (free) {
      const { error: linkError } = await client
        .from('people')
        .update({ user_id: userId })
        .eq('id', free.id);
      if (linkError) throw linkError;
      personId = free.id;
    }
  }
  if (!personId) {
    const { data, error } = await client
      .from('people')
      .insert({ full_name: fullName, email, user_id: userId })
      .select('id')
      .single();
    if (error) throw error;
    personId = (data as { id: string }).id;
  }

  for (const project of projects) {
    const { error } = await client
      .from('project_members')
      .upsert(
        { project_id: project.id, user_id: userId, role: 'lead' },
        { onConflict: 'project_id,user_id' },
      );
    if (error) throw error;
  }

  return {
    userId,
    created,
    password: created && generated ? password : undefined,
    personId,
    projects: projects.map((p) => p.slug),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      lead: { type: 'string', multiple: true, default: [] },
      name: { type: 'string' },
      password: { type: 'string' },
      url: { type: 'string' },
      'service-key': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.email) {
    console.log(usage);
    process.exit(values.help ? 0 : 2);
  }
  if (values.role !== undefined && !(ROLES as readonly string[]).includes(values.role)) {
    console.error(`--role must be one of ${ROLES.join(', ')} (project leads: --lead <slug>)`);
    process.exit(2);
  }
  const hosted = values.url || process.env.SUPABASE_URL;
  const url = hosted || runningStackUrl() || 'http://127.0.0.1:54321';
  const serviceKey =
    values['service-key'] ||
    process.env.SUPABASE_SERVICE_ROLE_KEY ||
    (hosted
      ? fail('--service-key (or SUPABASE_SERVICE_ROLE_KEY) is needed with --url')
      : (await loadOrCreateKeys()).serviceRoleKey);
  const result = await addUser({
    url,
    serviceKey,
    email: values.email,
    role: values.role as AppRole | undefined,
    lead: values.lead.flatMap((l) => l.split(',')).filter(Boolean),
    name: values.name,
    password: values.password,
  });
  console.log(
    `${result.created ? 'Created' : 'Updated'} ${values.email} (${result.userId}) on ${url}` +
      (values.role ? `, role ${values.role}` : '') +
      (result.projects.length ? `, lead of ${result.projects.join(', ')}` : ''),
  );
  if (result.password) console.log(`Password: ${result.password} (give it over safely)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
