import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, use, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { translator } from '@/lib/translator';
import { projectQueries } from '@/features/projects/queries';
import { ProjectView } from '@/features/projects/project-view';
import { TaskGroups } from '@/features/tasks/task-groups';
import { todayIso } from '@/lib/dates';
import { localizedText, useContentLanguage } from '@/lib/translated';
import { canEditProject, isDirector, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

// What only signed-in users see (following, the edit links and task editor, the directors'
// tools and the audit trail) is one module loaded when the visitor has a session: an anonymous
// reader's first visit downloads none of it, nor the wording only editors read.
const SignedIn = lazy(() => import('../project-signed-in'));

// Progress, drift and indicators (the outcomes section), the status updates and "copy embed
// code" need not hold up the page: it shows once the project is read, and a first visit does not
// download them first. The outcomes section is at the top of the page (on a phone, its progress
// note is the largest thing painted), so the loader starts its module, texts and reads at once,
// beside the project's own read (they need only the slug), and the page waits briefly for them
// to show it in the same paint; a slower section arrives after it in the place held for it
// (OutcomesPlaceholder), so nothing below it moves. The others load once the page has painted,
// through one module (src/app/project-after-page.tsx).
const afterPage = () => import('../project-after-page');
const StatusUpdates = lazy(() => afterPage().then((m) => ({ default: m.StatusUpdates })));
const EmbedCode = lazy(() => afterPage().then((m) => ({ default: m.EmbedCode })));
type OutcomesProps = Parameters<typeof import('@/features/indicators/public').ProjectOutcomes>[0];
type Outcomes = ComponentType<OutcomesProps>;
const outcomes = () => import('@/features/indicators/public');

/** A promise React's `use` reads at once when it has settled (its thenable protocol). */
function settled<T>(promise: Promise<T>): Promise<T> {
  void promise.then((value) => Object.assign(promise, { status: 'fulfilled', value }));
  return promise;
}
let outcomesModule: Promise<{ ProjectOutcomes: Outcomes }> | undefined;
/** The section's module; if it cannot load, the page stays without the section. */
const loadOutcomes = () =>
  (outcomesModule ??= settled(
    outcomes().then(
      (m) => m,
      () => ({ ProjectOutcomes: () => null }),
    ),
  ));

/**
 * The outcomes section, rendered at once when the loader has its module (React.lazy would
 * suspend once even then, and React reveals a suspended section no sooner than 300 ms after its
 * placeholder showed: the page's largest paint would wait for nothing).
 */
function ProjectOutcomes(props: OutcomesProps) {
  const section = use(loadOutcomes());
  return <section.ProjectOutcomes {...props} />;
}

/** Where the outcomes section will be, as tall as it usually is, said once to screen readers. */
function OutcomesPlaceholder() {
  const { t } = useTranslation();
  return (
    <div className="outcomes-placeholder" aria-busy="true">
      <p role="status" className="loading">
        {t('project.outcomesLoading')}
      </p>
    </div>
  );
}

/**
 * False until the page has painted once: the status updates and "copy embed code" (below the
 * fold) start loading just after the page's first, largest paint instead of competing with it.
 */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame after the commit, then a task: past that frame's paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

function ProjectRoute() {
  const { slug = '' } = useParams();
  const { data: project } = useSuspenseQuery(projectQueries.detail(slug));
  const access = useAccess();
  const content = useContentLanguage();
  const painted = usePainted();
  if (!project) return null;
  const canEdit = canEditProject(access, project.id);
  const today = todayIso();
  const readOnlyTasks = <TaskGroups tasks={project.tasks} today={today} />;
  return (
    <ProjectView
      project={project}
      history={
        isDirector(access) ? (
          <Suspense fallback={null}>
            <SignedIn part="history" projectId={project.id} />
          </Suspense>
        ) : undefined
      }
      follow={
        access ? (
          <Suspense fallback={null}>
            <SignedIn part="follow" projectId={project.id} name={project.name} />
          </Suspense>
        ) : undefined
      }
      statusUpdates={
        painted ? (
          <Suspense fallback={null}>
            <StatusUpdates projectId={project.id} />
          </Suspense>
        ) : undefined
      }
      reminders={
        isDirector(access) ? (
          <Suspense fallback={null}>
            <SignedIn part="reminders" projectId={project.id} />
          </Suspense>
        ) : undefined
      }
      outcomes={
        <Suspense fallback={<OutcomesPlaceholder />}>
          <ProjectOutcomes slug={slug} startsOn={project.starts_on} endsOn={project.ends_on} />
        </Suspense>
      }
      embed={
        project.published && painted ? (
          <Suspense fallback={null}>
            <EmbedCode
              path={`/embed/projects/${project.slug}`}
              kind="project"
              name={localizedText(project, 'name', content)}
            />
          </Suspense>
        ) : undefined
      }
      actions={
        canEdit ? (
          <Suspense fallback={null}>
            <SignedIn part="actions" slug={project.slug} />
          </Suspense>
        ) : undefined
      }
      tasks={
        canEdit ? (
          <Suspense fallback={readOnlyTasks}>
            <SignedIn
              part="tasks"
              projectId={project.id}
              projectSlug={project.slug}
              tasks={project.tasks}
              today={today}
              readOnly={readOnlyTasks}
            />
          </Suspense>
        ) : (
          readOnlyTasks
        )
      }
    />
  );
}

/** How long the page waits, once the project is read, for the outcomes section to be ready. */
const OUTCOMES_WAIT_MS = 300;

export function projectRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const slug = params.slug ?? '';
      // The outcomes section's module, texts and reads (a failure is left to the section).
      const section = Promise.all([
        loadOutcomes(),
        outcomes().then((m) => m.prefetchOutcomes(queryClient, { projectSlug: slug })),
      ]).catch(() => undefined);
      const project = await queryClient.ensureQueryData(projectQueries.detail(slug));
      if (!project) {
        throw data(
          { title: translator.t('project.notFound'), text: translator.t('project.notFoundText') },
          { status: 404 },
        );
      }
      // A section nearly there shows with the page, in the same paint; a slow one arrives after
      // it, in its placeholder. Waiting a little costs the section nothing: React reveals a
      // section whose placeholder showed no sooner than 300 ms after that (Suspense throttling).
      await Promise.race([
        section,
        new Promise((resolve) => setTimeout(resolve, OUTCOMES_WAIT_MS)),
      ]);
      return null;
    },
    element: <ProjectRoute />,
    errorElement: <RouteError />,
  };
}
