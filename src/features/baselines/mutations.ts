import { mutationOptions } from '@tanstack/react-query';
import { ZeroRowsError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';

export const baselineMutations = {
  /** take_baseline(): the whole programme's plan in one transaction; returns the new id. */
  take: () =>
    mutationOptions({
      mutationKey: ['baselines', 'take'],
      mutationFn: async (input: { programmeId: string; name: string }): Promise<string> => {
        const { data } = await supabase
          .rpc('take_baseline', { p_programme_id: input.programmeId, p_name: input.name })
          .throwOnError();
        return data;
      },
    }),
  /** Deleting is the only other write; a delete RLS filtered out is an error, not silence. */
  remove: () =>
    mutationOptions({
      mutationKey: ['baselines', 'delete'],
      mutationFn: async (id: string): Promise<void> => {
        const { data } = await supabase
          .from('baselines')
          .delete()
          .eq('id', id)
          .select('id')
          .throwOnError();
        if (!data || data.length === 0) throw new ZeroRowsError('baselines');
      },
    }),
};
