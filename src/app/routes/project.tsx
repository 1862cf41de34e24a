import { lazy, Suspense } from 'react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { data, Link, useParams, type LoaderFunctionArgs } from 'react-router';
import i18next from 'i18next';
import { ProjectHistory } from '@/features/dashboard/project-history';
import { projectQueries } from '@/features/projects/queries';
import { ProjectView } from '@/features/projects/project-view';
import {
  MoveButtons,
  TaskButtons,
  useTaskActions,
  useTaskReorder,
} from '@/features/tasks/task-actions';
import { TaskGroups } from '@/features/tasks/task-groups';
import { todayIso } from '@/lib/dates';
import { localizedText, useContentLanguage } from '@/lib/translated';
import { canEditProject, isDirector, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

// "Copy embed code" loads after the page, with its texts (not in the first download).
const EmbedCode = lazy(() => import('@/components/embed-code'));

function ProjectRoute() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { data: project } = useSuspenseQuery(projectQueries.detail(slug));
  const access = useAccess();
  const content = useContentLanguage();
  const actions = useTaskActions();
  const reorder = useTaskReorder(project?.id ?? '');
  if (!project) return null;
  const canEdit = canEditProject(access, project.id);
  return (
    <ProjectView
      project={project}
      history={isDirector(access) ? <ProjectHistory projectId={project.id} /> : undefined}
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
        <TaskGroups
          tasks={project.tasks}
          today={todayIso()}
          renderActions={
            canEdit
              ? (task, group) => (
                  <>
                    <TaskButtons task={task} actions={actions} />
                    {task.state !== 'done' && (
                      <MoveButtons task={task} group={group} reorder={reorder} />
                    )}
                    <Link
                      className="button button--small button--secondary"
                      to={`/projects/${project.slug}/tasks/${task.id}/edit`}
                      aria-label={t('taskForm.editLabel', { title: task.title })}
                    >
                      {t('taskForm.edit')}
                    </Link>
                  </>
                )
              : undefined
          }
        />
      }
    />
  );
}

export function projectRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const project = await queryClient.ensureQueryData(projectQueries.detail(params.slug ?? ''));
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
