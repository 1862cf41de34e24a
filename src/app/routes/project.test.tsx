import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type LoaderFunctionArgs } from 'react-router';
import { indicatorQueries, progressQueries } from '@/features/indicators/queries';
import { projectQueries, type ProjectDetail } from '@/features/projects/queries';
import { statusUpdateQueries } from '@/features/status-updates/queries';
import { sessionQueries } from '@/lib/session';
import { projectRoute } from './project';

// The project page shows as soon as the project is read; the outcomes section (progress, drift,
// indicators) arrives after it with its module (the indicators feature's public.ts). Here that
// module arrives only when the test lets it, so the page is seen before and after.
const gate = vi.hoisted(() => {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open: () => open() };
});
vi.mock('@/features/indicators/public', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});

const project = {
  id: 'p1',
  slug: 'kiertotalot',
  name: 'Kiertotalot',
  name_sv: null,
  name_en: null,
  summary: 'Purettavien talojen rakennusosat uusiin kohteisiin.',
  summary_sv: null,
  summary_en: null,
  official_description: null,
  stage: 'implementation',
  schedule_status: 'on_schedule',
  starts_on: '2025-01-01',
  ends_on: '2027-12-31',
  published: false,
  updated_at: '2026-11-01T10:00:00Z',
  updatedByName: null,
  programme: { id: 'pr', slug: 'ohjelma', name: 'Ohjelma', name_sv: null, name_en: null },
  growth_area: null,
  overview: null,
  tasks: [],
  contacts: [],
  funding: [],
  partners: [],
  follow_ups: [],
} as unknown as ProjectDetail;

/** The outcomes' reads (what an anonymous reader gets), answered at once or after `ms`. */
function outcomesReads(queryClient: QueryClient, ms?: number) {
  if (ms === undefined) {
    queryClient.setQueryData(progressQueries.project('kiertotalot').queryKey, null);
    queryClient.setQueryData(indicatorQueries.forProject('kiertotalot').queryKey, []);
    return;
  }
  const later = <T,>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
  void queryClient.prefetchQuery({
    ...progressQueries.project('kiertotalot'),
    queryFn: () => later(null),
  });
  void queryClient.prefetchQuery({
    ...indicatorQueries.forProject('kiertotalot'),
    queryFn: () => later([]),
  });
}

function renderPage(outcomesAfterMs?: number) {
  // What the reads would return, in the cache: the data an anonymous reader gets.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  queryClient.setQueryData(projectQueries.detail('kiertotalot').queryKey, project);
  queryClient.setQueryData(sessionQueries.current().queryKey, null);
  queryClient.setQueryData(sessionQueries.access(null).queryKey, null);
  outcomesReads(queryClient, outcomesAfterMs);
  queryClient.setQueryData(statusUpdateQueries.forProject('p1').queryKey, []);
  const router = createMemoryRouter(
    [{ path: '/projects/:slug', ...projectRoute(queryClient), errorElement: undefined }],
    { initialEntries: ['/projects/kiertotalot'] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('the project page', () => {
  it('shows its content before the outcomes module arrives, then the outcomes in the place held for them', async () => {
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Kiertotalot' })).toBeVisible();
    expect(
      screen.getByText('Purettavien talojen rakennusosat uusiin kohteisiin.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Tehtävät' })).toBeInTheDocument();
    // The outcomes' place, said politely once; no section yet.
    const waiting = screen.getByRole('status');
    expect(waiting).toHaveTextContent('Ladataan edistymistä ja mittareita…');
    expect(waiting.closest('[aria-busy="true"]')).not.toBeNull();
    expect(screen.queryByRole('region', { name: 'Edistyminen' })).not.toBeInTheDocument();

    gate.open();

    // The section's module, texts and code load now (slow on a busy machine: a generous wait).
    expect(
      await screen.findByRole('region', { name: 'Edistyminen' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Mittarit' })).toBeInTheDocument();
    expect(screen.queryByText('Ladataan edistymistä ja mittareita…')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Kiertotalot' })).toBeVisible();
  });

  it('shows the outcomes with the page, in its first paint, when they are there soon after the project', async () => {
    gate.open();
    // Whether the placeholder was ever in the document, however briefly.
    let placeholder = false;
    const watch = new MutationObserver(() => {
      placeholder ||= document.body.textContent.includes('Ladataan edistymistä ja mittareita…');
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    // The project is read; the outcomes' reads answer 50 ms later.
    renderPage(50);

    expect(await screen.findByRole('heading', { level: 1, name: 'Kiertotalot' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Edistyminen' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Mittarit' })).toBeInTheDocument();
    watch.disconnect();
    // Never a placeholder: the loader waited for the section, which was there in time.
    expect(placeholder).toBe(false);
  });

  it('starts the outcomes section’s reads at once, beside the project read, not after it', async () => {
    gate.open();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    // The project read, held until the test answers it.
    let answer: (detail: ProjectDetail) => void = () => {};
    void queryClient.prefetchQuery({
      ...projectQueries.detail('kiertotalot'),
      queryFn: () => new Promise<ProjectDetail>((resolve) => (answer = resolve)),
    });
    // Every read the loader starts, in order (whatever the API then answers).
    const started: unknown[] = [];
    queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'fetch') {
        started.push(event.query.queryKey);
      }
    });

    const { loader } = projectRoute(queryClient);
    if (!loader) throw new Error('the project page has no loader');
    const loaded = loader({
      params: { slug: 'kiertotalot' },
      request: new Request('http://localhost/projects/kiertotalot'),
    } as unknown as LoaderFunctionArgs);

    // Keyed by the slug in the URL, the progress and indicator reads are asked for while the
    // project read is still on its way: neither waits for the project's id.
    await waitFor(() =>
      expect(started).toEqual(
        expect.arrayContaining([
          progressQueries.project('kiertotalot').queryKey,
          indicatorQueries.forProject('kiertotalot').queryKey,
        ]),
      ),
    );
    expect(queryClient.getQueryState(projectQueries.detail('kiertotalot').queryKey)?.status).toBe(
      'pending',
    );

    answer(project);
    await expect(loaded).resolves.toBeNull();
  });
});
