import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

/** Fired when a refetch fails while older data is on screen; the toast layer listens. */
export const backgroundErrorEvent = 'salkku:background-error';

const loadInvalidation = () => import('./invalidation');

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
    // The map loads when the first write starts (a reader who never writes does not download
    // it; not awaited, the request does not wait for it), so it is there when the write succeeds.
    // Should it fail to load (offline), everything is stale: never less than the map says.
    mutationCache: new MutationCache({
      onMutate: () => {
        void loadInvalidation().catch(() => undefined);
      },
      onSuccess: async (_data, _variables, _context, mutation) => {
        const stale = await loadInvalidation().then(
          ({ staleAfter }) => staleAfter(mutation.options.mutationKey),
          () => [undefined],
        );
        await Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      },
    }),
  });
  return queryClient;
}
