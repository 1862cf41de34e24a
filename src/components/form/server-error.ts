import {
  VersionConflictError,
  ZeroRowsError,
  isPostgrestError,
  violatedConstraint,
} from '@/lib/errors';

/** SQLSTATEs of a refused constraint: unique, check, foreign key. */
const constraintCodes = new Set(['23505', '23514', '23503']);

/**
 * Where a violated constraint's message goes: the field it belongs to, and optionally the locale
 * key that says what is wrong there (otherwise the server's own words).
 */
export type ConstraintTarget<F extends string> = F | { field: F; message: string };

/** What the form does with a refused save. */
type ServerErrorRoute<F extends string, Row> =
  | { kind: 'conflict'; current: Row }
  | { kind: 'zero-rows' }
  | { kind: 'field'; field: F; message: string | null }
  | { kind: 'form' };

/** The constraint a Postgres error names, only when the SQLSTATE says a constraint refused it. */
export function refusedConstraint(error: unknown): string | null {
  if (!isPostgrestError(error) || !error.code || !constraintCodes.has(error.code)) return null;
  return violatedConstraint(error);
}

/**
 * The one reading of a failed save: someone saved first (the conflict table), the write matched
 * no row (refusal), a constraint that belongs to one field (beside that field), or anything else
 * (above the form).
 */
export function routeServerError<F extends string, Row>(
  error: unknown,
  constraints: Partial<Record<string, ConstraintTarget<F>>> = {},
): ServerErrorRoute<F, Row> {
  if (error instanceof VersionConflictError) {
    return { kind: 'conflict', current: error.current as Row };
  }
  if (error instanceof ZeroRowsError) return { kind: 'zero-rows' };
  const constraint = refusedConstraint(error);
  const target = constraint ? constraints[constraint] : undefined;
  if (target === undefined) return { kind: 'form' };
  return typeof target === 'string'
    ? { kind: 'field', field: target, message: null }
    : { kind: 'field', field: target.field, message: target.message };
}
