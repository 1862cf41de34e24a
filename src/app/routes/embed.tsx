import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { matchPath, useParams, type LoaderFunctionArgs } from 'react-router';
import { EmbedFrame } from '@/components/embed-frame';
import { ScheduleBadge, ScheduleReasonText } from '@/components/schedule-badge';
import { StageMeter } from '@/components/stage-meter';
import { Translated } from '@/components/translated';
import { growthAreaQueries } from '@/features/growth-areas/queries';
import { projectQueries } from '@/features/projects/queries';
import { timelineQueries, type TimelineSource } from '@/features/timeline/queries';
import type { TimelineT } from '@/features/timeline/strings';
import { EMPTY_FILTERS, type TimelineViewState } from '@/features/timeline/model';
import { TimelineView } from '@/features/timeline/timeline-view';
import { loadContentTexts } from '@/lib/content-texts';
import { formatDate, todayIso } from '@/lib/dates';
import { loadTimelineTexts } from '@/lib/i18n';
import { localize, localizedText, useContentLanguage } from '@/lib/translated';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';
import { useWithReasons } from './timeline';

// The indicator embed brings its chart (recharts) and strings only when it is the one asked for.
const IndicatorEmbed = lazy(() => import('@/features/indicators/embed'));

/*
 * Embeds (#14 §3): iframe-friendly pages with minimal chrome for a project card, a project's
 * timeline, a growth area's timeline and an indicator's chart. Published content only, whoever is signed in on the
 * visitor's browser: drafts a signed-in reader could see are left out here. Which sites may
 * frame them is the server's CSP frame-ancestors (SALKKU_FRAME_ANCESTORS, any by default).
 */

function EmbedNotFound() {
  const { t } = useTranslation('content');
  return (
    <main className="embed">
      <p className="empty">{t('notFound')}</p>
    </main>
  );
}

function EmbedProjectCard({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const { t: tc } = useTranslation('content');
  const content = useContentLanguage();
  const { data: project } = useSuspenseQuery(projectQueries.detail(slug));
  if (!project?.published) return <EmbedNotFound />;
  const name = localize(project, 'name', content);
  const lng = i18n.language;
  const status = project.overview?.status ?? project.schedule_status ?? 'on_schedule';
  return (
    <EmbedFrame
      title={tc('embedProjectTitle', { name: name?.text ?? project.name })}
      fullPage={`/projects/${project.slug}`}
    >
      <article className="project-card embed-card">
        <p className="eyebrow">
          <Translated
            value={
              project.growth_area
                ? localize(project.growth_area, 'name', content)
                : { text: t('portfolio.otherProjects'), lang: content, fallback: false }
            }
          />
        </p>
        <Translated as="h1" className="project-card__title" value={name} />
        <div className="project-card__badges">
          <ScheduleBadge status={status} />
        </div>
        <p className="project-card__reason">
          <ScheduleReasonText reasons={project.overview?.reasons ?? []} />
        </p>
        <StageMeter stage={project.stage} />
        <Translated as="p" className="prose" value={localize(project, 'summary', content)} />
        {(project.starts_on || project.ends_on) && (
          <p className="muted">
            {t('project.timeSpan')}:{' '}
            {t('project.timeSpanValue', {
              start: project.starts_on ? formatDate(project.starts_on, lng) : '…',
              end: project.ends_on ? formatDate(project.ends_on, lng) : '…',
            })}
          </p>
        )}
      </article>
    </EmbedFrame>
  );
}

const initialState: TimelineViewState = {
  filters: EMPTY_FILTERS,
  expand: { all: true, keys: new Set() },
  zoom: 'fit',
};

/** A read-only timeline of the published projects the filter keeps. */
function EmbedTimeline({
  source,
  keep,
  title,
  fullPage,
}: {
  source: TimelineSource;
  keep: (project: TimelineSource['projects'][number]) => boolean;
  title: string;
  fullPage: string;
}) {
  const { i18n } = useTranslation();
  const lang = useContentLanguage();
  const [state, setState] = useState(initialState);
  const shown = useMemo<TimelineSource>(() => {
    const projects = source.projects.filter((p) => p.published && keep(p));
    const ids = new Set(projects.map((p) => p.id));
    const areas = new Set(projects.map((p) => p.growth_area_id));
    return {
      ...source,
      projects,
      tasks: source.tasks.filter((task) => ids.has(task.project_id)),
      growthAreas: source.growthAreas.filter((a) => areas.has(a.id)),
    };
  }, [source, keep]);
  const data = useWithReasons(shown);
  const timelineT = useMemo<TimelineT>(
    () => (key, vars) => i18n.t(`timeline.${key}`, { ...vars, lng: lang }),
    [i18n, lang],
  );
  return (
    <EmbedFrame title={title} fullPage={fullPage}>
      <h1 className="embed__title">{title}</h1>
      <TimelineView
        data={data}
        state={state}
        onStateChange={setState}
        lang={lang}
        t={timelineT}
        today={todayIso()}
        onOpenProject={(slug) =>
          window.open(`/projects/${slug}?lang=${lang}`, '_blank', 'noopener')
        }
      />
    </EmbedFrame>
  );
}

function EmbedProjectTimeline({ slug }: { slug: string }) {
  const { t } = useTranslation('content');
  const content = useContentLanguage();
  const { data: project } = useSuspenseQuery(projectQueries.detail(slug));
  const programme = project?.programme.slug ?? null;
  const { data: source } = useSuspenseQuery(timelineQueries.programme(programme));
  const keep = useMemo(() => (p: { id: string }) => p.id === project?.id, [project]);
  if (!project?.published) return <EmbedNotFound />;
  return (
    <EmbedTimeline
      source={source}
      keep={keep}
      title={t('embedTimelineTitle', { name: localizedText(project, 'name', content) })}
      fullPage={`/projects/${project.slug}`}
    />
  );
}

function EmbedAreaTimeline({ programme, area }: { programme: string; area: string }) {
  const { t } = useTranslation('content');
  const content = useContentLanguage();
  const { data: detail } = useSuspenseQuery(growthAreaQueries.detail(programme, area));
  const { data: source } = useSuspenseQuery(timelineQueries.programme(programme));
  const keep = useMemo(
    () => (p: { growth_area_id: string | null }) => p.growth_area_id === detail?.id,
    [detail],
  );
  if (!detail) return <EmbedNotFound />;
  return (
    <EmbedTimeline
      source={source}
      keep={keep}
      title={t('embedTimelineTitle', { name: localizedText(detail, 'name', content) })}
      fullPage={`/programmes/${programme}/${area}`}
    />
  );
}

/** Which embed the address (/embed/…) asks for. */
function EmbedPage() {
  const path = `/${useParams()['*'] ?? ''}`;
  const card = matchPath('/projects/:slug', path);
  if (card?.params.slug) return <EmbedProjectCard slug={card.params.slug} />;
  const project = matchPath('/projects/:slug/timeline', path);
  if (project?.params.slug) return <EmbedProjectTimeline slug={project.params.slug} />;
  const indicator = matchPath('/indicators/:id', path);
  if (indicator?.params.id) {
    return /^[0-9a-f-]{36}$/i.test(indicator.params.id) ? (
      <IndicatorEmbed id={indicator.params.id} notFound={<EmbedNotFound />} />
    ) : (
      <EmbedNotFound />
    );
  }
  const area = matchPath('/programmes/:programme/:area/timeline', path);
  if (area?.params.programme && area.params.area) {
    return <EmbedAreaTimeline programme={area.params.programme} area={area.params.area} />;
  }
  return <EmbedNotFound />;
}

/** The embeds' pages, under /embed/ (outside the layout); each reads what it shows on render. */
export function embedRoute(): PageRoute {
  return {
    // A timeline embed waits for the timeline's texts too (lib/i18n.ts, loadTimelineTexts).
    loader: async ({ request }: LoaderFunctionArgs) => {
      const timeline = /\/timeline\/?$/.test(new URL(request.url).pathname);
      await Promise.all([loadContentTexts(), timeline ? loadTimelineTexts() : undefined]);
      return null;
    },
    element: (
      <Suspense fallback={null}>
        <EmbedPage />
      </Suspense>
    ),
    errorElement: <RouteError />,
  };
}
