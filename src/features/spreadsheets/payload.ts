import type { ImportPayload } from './validate';

/**
 * The payload as it is sent: empty values left out (the database reads a missing key as null),
 * so a file's JSON stays small.
 */
export function compactPayload(payload: ImportPayload): ImportPayload {
  const compact = <T extends object>(row: T): T =>
    Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as T;
  return { projects: payload.projects.map(compact), tasks: payload.tasks.map(compact) };
}

/**
 * The API refuses request bodies over 1 MB (413), as a hosted project's gateway does. A payload
 * whose JSON is larger goes in parts of at most `maxBytes` (UTF-8) each, in file order: projects
 * first, then tasks. The database joins them back in order (public.import_portfolio_upload).
 */
export const PART_BYTES = 700_000;
/** Up to this size (under the 1 MiB limit, with room for the call's other arguments) the
 *  payload goes in the import call itself: one request, no parts. */
export const DIRECT_BYTES = 1_000_000;

const utf8 = new TextEncoder();
const bytes = (value: unknown) => utf8.encode(JSON.stringify(value)).length;

export function payloadBytes(payload: ImportPayload): number {
  return bytes(payload);
}

export function splitPayload(payload: ImportPayload, maxBytes = PART_BYTES): ImportPayload[] {
  const parts: ImportPayload[] = [];
  // {"projects":[],"tasks":[]} and a comma per row
  const empty = bytes({ projects: [], tasks: [] });
  let current: ImportPayload = { projects: [], tasks: [] };
  let size = empty;
  const add = (kind: 'projects' | 'tasks', row: ImportPayload[typeof kind][number]) => {
    const rowBytes = bytes(row) + 1;
    if (size + rowBytes > maxBytes && (current.projects.length > 0 || current.tasks.length > 0)) {
      parts.push(current);
      current = { projects: [], tasks: [] };
      size = empty;
    }
    (current[kind] as (typeof row)[]).push(row);
    size += rowBytes;
  };
  for (const row of payload.projects) add('projects', row);
  for (const row of payload.tasks) add('tasks', row);
  parts.push(current);
  return parts;
}
