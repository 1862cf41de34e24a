import { z } from 'zod';

/** Messages are locale keys; the form translates them. */
export const signInSchema = z.object({
  email: z.string().trim().min(1, 'auth.emailRequired').pipe(z.email('auth.emailInvalid')),
  password: z.string().min(1, 'auth.passwordRequired'),
});

export type SignInInput = z.infer<typeof signInSchema>;
