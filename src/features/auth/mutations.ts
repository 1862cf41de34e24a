import { mutationOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { SignInInput } from './schema';

export const authMutations = {
  signIn: () =>
    mutationOptions({
      mutationKey: ['session', 'sign-in'],
      mutationFn: async ({ email, password }: SignInInput) => {
        const { data, error } = await supabase.auth.signInWithPassword({ email, password });
        if (error) throw error;
        return data.session;
      },
    }),
};
