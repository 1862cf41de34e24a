// Records the statements the gateway runs for a request and replays them on PGlite without
// HTTP, through the same one-transaction runner (supabase/local/gateway/rest/batch.ts), so the
// difference between the two is the gateway's own cost: HTTP, JWT, parsing, planning the SQL.
import type { Database } from '../../supabase/local/database.ts';
import {
  runInTransaction,
  statementLog,
  type Statement,
} from '../../supabase/local/gateway/rest/batch.ts';

export interface RecordedRequest {
  context: Statement[];
  main: Statement;
  readOnly: boolean;
}

/** Runs `fn` and returns every REST request's statements the gateway ran meanwhile. */
export async function recordRequests(fn: () => Promise<unknown>): Promise<RecordedRequest[]> {
  const recorded: RecordedRequest[] = [];
  const previous = statementLog.observe;
  statementLog.observe = (context, main, readOnly) => {
    recorded.push({ context, main, readOnly });
    previous?.(context, main, readOnly);
  };
  try {
    await fn();
  } finally {
    statementLog.observe = previous;
  }
  if (recorded.length === 0) throw new Error('the gateway ran no statement');
  return recorded;
}

/** Replays recorded requests, each in its own transaction; returns the rows of the last. */
export async function replay(
  db: Database,
  requests: RecordedRequest[],
): Promise<Record<string, unknown>[]> {
  let rows: Record<string, unknown>[] = [];
  for (const r of requests) {
    rows = await runInTransaction(db, r.context, r.main, r.readOnly, (res) => ({
      value: res.rows,
      commit: false,
    }));
  }
  return rows;
}
