import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import i18next from 'i18next';
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
// code" arrive after the page: it shows as soon as the project is read, so a first visit neither
// downloads them first nor waits for them. The outcomes section's place is held meanwhile
// (OutcomesPlaceholder), so nothing below it moves when it arrives. It is at the top of the page
// (on a phone, its progress note is the largest thing painted): the loader starts its module,
// texts and reads at once, beside the project's own read (they need only the slug), so the
// section is not a chain of round trips behind the page. The others load when the page renders,
// through one module (src/app/project-after-page.tsx).
const afterPage = () => import('../project-after-page');
const StatusUpdates = lazy(() => afterPage().then((m) => ({ default: m.StatusUpdates })));
const EmbedCode = lazy(() => afterPage().then((m) => ({ default: m.EmbedCode })));
type Outcomes = ComponentType<
  Parameters<typeof import('@/features/indicators/public').ProjectOutcomes>[0]
>;
const outcomes = () => import('@/features/indicators/public');
const ProjectOutcomes = lazy(() =>
  outcomes().then(
    (m): { default: Outcomes } => ({ default: m.ProjectOutcomes }),
    // If the module cannot load, the page stays without the section.
    (): { default: Outcomes } => ({ default: () => null }),
  ),
);

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

function ProjectRoute() {
  const { slug = '' } = useParams();
  const { data: project } = useSuspenseQuery(projectQueries.detail(slug));
  const access = useAccess();
  const content = useContentLanguage();
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
        <Suspense fallback={null}>
          <StatusUpdates projectId={project.id} />
        </Suspense>
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
        project.published ? (
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

export function projectRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const slug = params.slug ?? '';
      // Not awaited: the page shows without the section (a failure is left to it).
      void outcomes()
        .then((m) => m.prefetchOutcomes(queryClient, { projectSlug: slug }))
        .catch(() => undefined);
      const project = await queryClient.ensureQueryData(projectQueries.detail(slug));
      if (!project) {
        throw data(
          { title: i18next.t('project.notFound'), text: i18next.t('project.notFoundText') },
          { status: 404 },
        );
      }
      return null;
    },
    element: <ProjectRoute />,
    errorElement: <RouteError />,
  };
}
