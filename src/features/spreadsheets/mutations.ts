import { mutationOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { runImport } from './queries';
import type { ImportPayload } from './validate';

export const importMutations = {
  /** The import itself: one RPC, one transaction, all rows or none (public.import_portfolio). */
  commit: () =>
    mutationOptions({
      mutationKey: ['projects', 'import'],
      mutationFn: (v: { programmeId: string; payload: ImportPayload }) =>
        runImport(supabase, v.programmeId, v.payload, false),
    }),
};
