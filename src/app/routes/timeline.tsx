import { translator } from '@/lib/translator';
import { useMutation, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useNavigate, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { Translated } from '@/components/translated';
import { loadChartEditing } from '@/features/timeline/chart-editing-hooks';
import { timelineMutations } from '@/features/timeline/mutations';
import { timelineQueries, type TimelineSource } from '@/features/timeline/queries';
import type { TimelineT } from '@/features/timeline/strings';
import type { BaselineLayer } from '@/features/timeline/baseline-layer';
import { TimelineView } from '@/features/timeline/timeline-view';
import { useTimelineUrlState } from '@/features/timeline/use-timeline-url-state';
import { todayIso } from '@/lib/dates';
import { loadTimelineTexts } from '@/lib/i18n';
import { toLanguage, type Language } from '@/lib/language';
import { reasonSentence } from '@/lib/schedule-reasons';
import { canEditProject, ensureAccess, isDirector, useAccess } from '@/lib/session';
import { localize, searchText, type Translatable } from '@/lib/translated';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

/** A row's text in the UI language (Finnish, marked with lang, where not translated); every
 * language's text goes to the search. */
function inLanguage<F extends 'name' | 'title', R extends Translatable<F> & Record<F, string>>(
  row: R,
  field: F,
  lang: Language,
): R & { lang?: string; search_text: string } {
  const text = localize(row, field, lang);
  return {
    ...row,
    [field]: text?.text ?? row[field],
    lang: text?.fallback ? text.lang : undefined,
    search_text: searchText(row, field),
  };
}

/** The same "why" sentence as the project page's schedule badge, for tooltips and the table. */
export function useWithReasons(source: TimelineSource) {
  const { i18n } = useTranslation();
  const lang = toLanguage(i18n.language);
  return useMemo(() => {
    const projects = source.projects.map((p) => ({
      ...inLanguage(p, 'name', lang),
      schedule_reason: reasonSentence(source.reasons.get(p.id) ?? [], lang),
    }));
    return {
      growthAreas: source.growthAreas.map((a) => inLanguage(a, 'name', lang)),
      projects,
      tasks: source.tasks.map((task) => inLanguage(task, 'title', lang)),
    };
  }, [source, lang]);
}

// Viewers, directors and admins (every organisation role) may compare with a baseline: the
// picker and the baseline's layer come in a chunk of their own, never on a visitor's first visit.
const BaselinePicker = lazy(() => import('./timeline-baseline').then((m) => m.load(translator)));

function TimelineRoute() {
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { data: source } = useSuspenseQuery(timelineQueries.programme(params.get('programme')));
  const access = useAccess();
  const [state, setState] = useTimelineUrlState();
  const reschedule = useMutation(timelineMutations.reschedule());
  const data = useWithReasons(source);
  const lang = toLanguage(i18n.language);
  const timelineT = useMemo<TimelineT>(
    () => (key, vars) => i18n.t(`timeline.${key}`, { ...vars, lng: lang }),
    [i18n, lang],
  );

  const [layer, setLayer] = useState<BaselineLayer | null>(null);

  return (
    <section className="timeline-page">
      <PageTitle title={t('nav.timeline')} />
      <h1>
        {t('nav.timeline')}
        {source.programme ? ': ' : ''}
        {source.programme && <Translated value={localize(source.programme, 'name', lang)} />}
      </h1>
      {access?.roles.length && source.programme ? (
        <Suspense fallback={null}>
          <BaselinePicker
            programmeId={source.programme.id}
            data={data}
            lang={lang}
            onLayer={setLayer}
          />
        </Suspense>
      ) : null}
      <TimelineView
        data={layer?.data ?? data}
        overlay={layer?.overlay}
        state={state}
        onStateChange={setState}
        lang={lang}
        t={timelineT}
        today={todayIso()}
        leads={source.leads}
        onOpenProject={(slug) => void navigate(`/projects/${slug}`)}
        canEdit={access ? (projectId) => canEditProject(access, projectId) : undefined}
        onReschedule={access ? (change) => reschedule.mutateAsync(change) : undefined}
      />
    </section>
  );
}

export function timelineRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ request }: LoaderFunctionArgs) => {
      const programme = new URL(request.url).searchParams.get('programme');
      // Someone who may edit projects gets the chart's editing code with the page; a reader never.
      const editing = ensureAccess(queryClient)
        .then((access) =>
          isDirector(access) || access?.memberships.length ? loadChartEditing() : null,
        )
        .catch(() => null);
      await Promise.all([
        queryClient.ensureQueryData(timelineQueries.programme(programme)),
        loadTimelineTexts(),
        editing,
      ]);
      return null;
    },
    // The view's own state (filters, zoom, rows open) lives in the URL; only another
    // programme needs the loader again.
    shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
      currentUrl.pathname !== nextUrl.pathname ||
      currentUrl.searchParams.get('programme') !== nextUrl.searchParams.get('programme')
        ? defaultShouldRevalidate
        : false,
    element: <TimelineRoute />,
    errorElement: <RouteError />,
  };
}
