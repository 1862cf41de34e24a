/**
 * A write that matched no row. With optimistic concurrency (`.eq('version', n)`) and RLS this
 * means someone saved first, the row is gone, or the user may not change it — never silence.
 */
export class ZeroRowsError extends Error {
  constructor(readonly table: string) {
    super(`No ${table} row was changed`);
    this.name = 'ZeroRowsError';
  }
}

export interface PostgrestLikeError {
  code?: string;
  message: string;
  details?: string | null;
  hint?: string | null;
}

export function isPostgrestError(error: unknown): error is PostgrestLikeError {
  return (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof (error as { message: unknown }).message === 'string' &&
    'code' in error
  );
}

/** The constraint a Postgres error names, e.g. "projects_dates_ordered", if any. */
export function violatedConstraint(error: unknown): string | null {
  if (!isPostgrestError(error)) return null;
  const text = `${error.message} ${error.details ?? ''}`;
  const match = /constraint "([a-z0-9_]+)"/i.exec(text);
  return match?.[1] ?? null;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (isPostgrestError(error)) return error.message;
  return String(error);
}

/** Someone saved the row first: `current` is what the database holds now. */
export class VersionConflictError<T> extends Error {
  constructor(
    readonly table: string,
    readonly current: T,
  ) {
    super(`The ${table} row was changed by someone else`);
    this.name = 'VersionConflictError';
  }
}
