import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { data, Link, useParams, type LoaderFunctionArgs } from 'react-router';
import i18next from 'i18next';
import { projectQueries } from '@/features/projects/queries';
import { ProjectView } from '@/features/projects/project-view';
import { LazyFollowButton } from '@/features/follows/lazy';
import { LazyDirectorTools, LazyStatusUpdates } from '@/features/status-updates/lazy';
import { TaskGroups } from '@/features/tasks/task-groups';
import { todayIso } from '@/lib/dates';
import { localizedText, useContentLanguage } from '@/lib/translated';
import { canEditProject, isDirector, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

// What only directors and the project's editors see loads when they open the page, not with it:
// a reader's first visit downloads neither the audit trail's wording nor the task writes.
const ProjectHistory = lazy(() =>
  import('@/features/dashboard/project-history').then((m) => ({ default: m.ProjectHistory })),
);
const EditableTaskGroups = lazy(() =>
  import('@/features/tasks/editable-task-groups').then((m) => ({
    default: m.EditableTaskGroups,
  })),
);
// Indicators, progress and drift arrive after the page (their code and strings are a chunk of
// their own), so the page's first download does not grow.
// The loader waits for them, and the page renders the section straight from the loaded module:
// React.lazy would suspend once more and reveal the section a moment after the page.
let indicatorsModule: typeof import('@/features/indicators/public') | null = null;
const indicators = () => import('@/features/indicators/public').then((m) => (indicatorsModule = m));
const LazyProjectOutcomes = lazy(() => indicators().then((m) => ({ default: m.ProjectOutcomes })));
function ProjectOutcomes(props: Parameters<typeof LazyProjectOutcomes>[0]) {
  const Outcomes = indicatorsModule?.ProjectOutcomes ?? LazyProjectOutcomes;
  return <Outcomes {...props} />;
}
// "Copy embed code" loads after the page, with its texts (not in the first download).
const EmbedCode = lazy(() => import('@/components/embed-code'));

function ProjectRoute() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
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
            <ProjectHistory projectId={project.id} />
          </Suspense>
        ) : undefined
      }
      follow={
        access ? (
          <LazyFollowButton subject={{ kind: 'project', id: project.id }} name={project.name} />
        ) : undefined
      }
      statusUpdates={<LazyStatusUpdates projectId={project.id} />}
      reminders={isDirector(access) ? <LazyDirectorTools projectId={project.id} /> : undefined}
      outcomes={
        <Suspense fallback={null}>
          <ProjectOutcomes
            projectId={project.id}
            startsOn={project.starts_on}
            endsOn={project.ends_on}
          />
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
          <>
            <Link className="button button--secondary" to={`/projects/${project.slug}/edit`}>
              {t('project.edit')}
            </Link>
            <Link className="button button--secondary" to={`/projects/${project.slug}/tasks/new`}>
              {t('taskForm.add')}
            </Link>
          </>
        ) : undefined
      }
      tasks={
        canEdit ? (
          <Suspense fallback={readOnlyTasks}>
            <EditableTaskGroups
              projectId={project.id}
              projectSlug={project.slug}
              tasks={project.tasks}
              today={today}
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
      // The outcomes section's code and strings download beside the project's read (if they
      // fail to load, the page shows without the section, as the section's own Suspense would).
      const outcomes = indicators()
        .then((m) => {
          void m.loadIndicatorTexts().catch(() => undefined);
          return m;
        })
        .catch(() => null);
      const project = await queryClient.ensureQueryData(projectQueries.detail(params.slug ?? ''));
      if (!project) {
        throw data(
          { title: i18next.t('project.notFound'), text: i18next.t('project.notFoundText') },
          { status: 404 },
        );
      }
      // The page shows its outcomes (progress, indicators) with the rest: a section appearing
      // above the columns later would push the page down under the reader (a layout shift).
      await (await outcomes)?.prefetchOutcomes(queryClient, { projectId: project.id });
      return null;
    },
    element: <ProjectRoute />,
    errorElement: <RouteError />,
  };
}
