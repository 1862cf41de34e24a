import type { ImportPayload } from './validate';

/**
 * The payload as it is sent: empty values left out (the database reads a missing key as null),
 * so a 5,000-row file stays well inside the API's request-size limit.
 */
export function compactPayload(payload: ImportPayload): ImportPayload {
  const compact = <T extends object>(row: T): T =>
    Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as T;
  return { projects: payload.projects.map(compact), tasks: payload.tasks.map(compact) };
}
