import { useMutation, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import { useNavigate } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { useToast } from '@/components/toast';
import { projectMutations } from '@/features/projects/mutations';
import { NewProjectForm } from '@/features/projects/new-project-form';
import { projectQueries } from '@/features/projects/queries';
import { ensureAccess, isDirector, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

function Form() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const { data: programmes } = useSuspenseQuery(projectQueries.programmeOptions());
  const create = useMutation(projectMutations.create());
  return (
    <NewProjectForm
      programmes={programmes}
      save={async (values) => {
        const project = await create.mutateAsync(values);
        toast({ message: t('newProject.created', { name: project.name }), tone: 'success' });
        await navigate(`/projects/${project.slug}`);
      }}
    />
  );
}

function NewProjectRoute() {
  const { t } = useTranslation();
  const access = useAccess();
  return (
    <section>
      <PageTitle title={t('newProject.title')} />
      <h1>{t('newProject.title')}</h1>
      {isDirector(access) ? (
        <Form />
      ) : (
        <p className="notice notice--error">{t('edit.notAllowed')}</p>
      )}
    </section>
  );
}

export function newProjectRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async () => {
      const access = await ensureAccess(queryClient);
      if (isDirector(access)) await queryClient.ensureQueryData(projectQueries.programmeOptions());
      return null;
    },
    element: <NewProjectRoute />,
    errorElement: <RouteError />,
  };
}
