import { MutationCache, QueryClient, type QueryKey } from '@tanstack/react-query';

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
