import { isPostgrestError } from '@/lib/errors';

/** The database's refusals in the user's language: once an hour, leads needed, directors only. */
export function nudgeErrorKey(
  error: unknown,
): 'nudgeRateLimited' | 'nudgeNoLeads' | 'nudgeForbidden' | null {
  if (!isPostgrestError(error)) return null;
  if (error.code === 'PT429') return 'nudgeRateLimited';
  if (error.code === 'P0001') return 'nudgeNoLeads';
  if (error.code === '42501') return 'nudgeForbidden';
  return null;
}
