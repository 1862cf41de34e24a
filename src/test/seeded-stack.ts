// For *.db.test.ts: the app's data code against the real local stack (PGlite behind the gateway,
// migrated and seeded), signed in as the demo users. Runs in the `db` vitest project (Node).
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll } from 'vitest';
import { startTestGateway, type TestGateway } from '../../supabase/local/tests/support/gateway.ts';
import type { Database } from '@/types/database';

export interface SeededStack {
  /** The running gateway; `gw.db` is the database itself, for checking what was saved. */
  readonly gw: TestGateway;
  /** A typed supabase-js client signed in as `<name>@salkku.test` (admin, director, lead …). */
  as(name: string): Promise<SupabaseClient<Database>>;
}

/** Starts one seeded stack for the test file (beforeAll) and stops it afterwards. */
export function seededStackForFile(): SeededStack {
  let gateway: TestGateway | undefined;
  beforeAll(async () => {
    gateway = await startTestGateway({ seed: true });
  });
  afterAll(async () => {
    await gateway?.close();
  });
  const gw = () => {
    if (!gateway) throw new Error('the stack is not started yet (use it inside a test)');
    return gateway;
  };
  return {
    get gw() {
      return gw();
    },
    async as(name) {
      const client = gw().client() as unknown as SupabaseClient<Database>;
      const { error } = await client.auth.signInWithPassword({
        email: `${name}@salkku.test`,
        password: 'salkku-demo',
      });
      if (error) throw error;
      return client;
    },
  };
}
