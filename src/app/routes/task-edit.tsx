import { loadContentTexts } from '@/lib/content-texts';
import { useMutation, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { translator } from '@/lib/translator';
import { useTranslation } from '@/lib/use-translation';
import { data, Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { useToast } from '@/components/toast';
import { projectQueries } from '@/features/projects/queries';
import { taskFormMutations } from '@/features/tasks/mutations';
import { TaskForm } from '@/features/tasks/task-form';
import { todayIso } from '@/lib/dates';
import { peopleQueries } from '@/lib/people';
import { canEditProject, ensureAccess, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

function TaskEditRoute() {
  const { slug = '', taskId } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const { data: project } = useSuspenseQuery({
    ...projectQueries.detail(slug),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
  const access = useAccess();
  const { data: people } = useSuspenseQuery(peopleQueries.list());
  const create = useMutation(taskFormMutations.create());
  const update = useMutation(taskFormMutations.update());
  if (!project) return null;
  const task = taskId ? (project.tasks.find((x) => x.id === taskId) ?? null) : null;
  const title = task
    ? t('taskForm.editTitle', { title: task.title })
    : t('taskForm.addTitle', { project: project.name });
  const back = `/projects/${project.slug}`;
  return (
    <section>
      <PageTitle title={title} />
      <nav aria-label={t('project.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={back}>{project.name}</Link>
          </li>
        </ol>
      </nav>
      <h1>{title}</h1>
      {taskId && !task ? (
        <p className="notice notice--error">{t('taskForm.notFound')}</p>
      ) : canEditProject(access, project.id) ? (
        <TaskForm
          // A fresh form per task, so its state starts from that task.
          key={task?.id ?? 'new'}
          task={task}
          today={todayIso()}
          people={people}
          cancelTo={back}
          save={({ task: from, patch }) =>
            from
              ? update.mutateAsync({ id: from.id, version: from.version, patch })
              : create.mutateAsync({ project_id: project.id, patch })
          }
          onSaved={() => {
            toast({ message: task ? t('taskForm.saved') : t('taskForm.added'), tone: 'success' });
            void navigate(back);
          }}
        />
      ) : (
        <p className="notice notice--error">{t('edit.notAllowed')}</p>
      )}
    </section>
  );
}

export function taskEditRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const [project] = await Promise.all([
        queryClient.fetchQuery({ ...projectQueries.detail(params.slug ?? ''), staleTime: 0 }),
        ensureAccess(queryClient),
        queryClient.ensureQueryData(peopleQueries.list()),
        loadContentTexts(),
      ]);
      if (!project) {
        throw data(
          { title: translator.t('project.notFound'), text: translator.t('project.notFoundText') },
          { status: 404 },
        );
      }
      return null;
    },
    element: <TaskEditRoute />,
    errorElement: <RouteError />,
  };
}
