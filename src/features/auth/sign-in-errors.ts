import { isAuthApiError, isAuthRetryableFetchError } from '@supabase/supabase-js';

export type SignInErrorKey =
  'auth.wrongCredentials' | 'auth.tooManyAttempts' | 'auth.networkError' | 'auth.unknownError';

/** What went wrong, in words the user can act on. */
export function signInErrorKey(error: unknown): SignInErrorKey {
  if (isAuthApiError(error)) {
    if (error.status === 429 || error.code === 'over_request_rate_limit') {
      return 'auth.tooManyAttempts';
    }
    if (error.code === 'invalid_credentials' || error.status === 400) {
      return 'auth.wrongCredentials';
    }
  }
  if (isAuthRetryableFetchError(error) || error instanceof TypeError) return 'auth.networkError';
  return 'auth.unknownError';
}
