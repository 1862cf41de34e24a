// From Auth's errors module, not supabase-js: in the app build supabase-js's Auth is loaded on
// demand (src/lib/auth-on-demand.ts), and these guards come with the sign-in page instead.
import {
  isAuthApiError,
  isAuthRetryableFetchError,
} from '@supabase/auth-js/dist/module/lib/errors.js';

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
