import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';

/** Fired when a refetch fails while older data is on screen; the toast layer listens. */
export const backgroundErrorEvent = 'salkku:background-error';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** Further query keys a successful mutation makes stale, besides its own domain. */
      invalidates?: QueryKey[];
    };
  }
}

/**
 * One place decides what a successful write makes stale: every query whose key starts with
 * the mutation key's first element (its domain: 'projects', 'tasks' …), plus `meta.invalidates`.
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
        const domain = mutation.options.mutationKey?.[0];
        const keys: QueryKey[] = [
          ...(domain === undefined ? [] : [[domain]]),
          ...(mutation.meta?.invalidates ?? []),
        ];
        await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      },
    }),
  });
  return queryClient;
}
