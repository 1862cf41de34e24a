import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { dashboardQueries } from './queries';

export const dashboardMutations = {
  /** Remembers "reviewed now" as the default start of this user's next review. */
  markReviewed: (queryClient: QueryClient, userId: string) =>
    mutationOptions({
      mutationKey: ['dashboard', 'mark-reviewed'],
      mutationFn: async (at: string): Promise<string> => {
        const { data } = await supabase
          .from('user_settings')
          .upsert({ user_id: userId, last_reviewed_at: at }, { onConflict: 'user_id' })
          .select('last_reviewed_at')
          .single()
          .throwOnError();
        if (!data.last_reviewed_at) throw new Error('The review time was not saved');
        return data.last_reviewed_at;
      },
      onSuccess: (at) => {
        queryClient.setQueryData(dashboardQueries.lastReview(userId).queryKey, at);
      },
    }),
};
