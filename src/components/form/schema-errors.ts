import type { z } from 'zod';

/**
 * A schema's issues as one message per field (the first), keyed by the top-level path; the
 * messages are locale keys.
 */
export function schemaErrors<F extends string>(
  schema: z.ZodType,
  values: unknown,
): Partial<Record<F, string>> {
  const parsed = schema.safeParse(values);
  const errors: Partial<Record<F, string>> = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string') errors[field as F] ??= issue.message;
  }
  return errors;
}
