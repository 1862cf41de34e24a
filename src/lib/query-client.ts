import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { staleAfter } from './invalidation';

/** Fired when a refetch fails while older data is on screen; the toast layer listens. */
export const backgroundErrorEvent = 'salkku:background-error';

/**
 * One place decides what a successful write makes stale: lib/invalidation's map, keyed by the
 * mutation key (its domain: 'projects', 'tasks' …).
 */
export function createQueryClient() {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, refetchOnWindowFocus: true },
    },
    // A failed first load is the route's error boundary; a failed refresh is only a toast.
    queryCache: new QueryCache({
      onError: (_error, query) => {
        if (query.state.data !== undefined && typeof window !== 'undefined') {
          window.dispatchEvent(new Event(backgroundErrorEvent));
        }
      },
    }),
    mutationCache: new MutationCache({
      onSuccess: async (_data, _variables, _context, mutation) => {
        await Promise.all(
          staleAfter(mutation.options.mutationKey).map((queryKey) =>
            queryClient.invalidateQueries({ queryKey }),
          ),
        );
      },
    }),
  });
  return queryClient;
}
