import { useMutation, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { translator } from '@/lib/translator';
import { useTranslation } from '@/lib/use-translation';
import { data, Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { useToast } from '@/components/toast';
import { ContactsEditor } from '@/features/projects/contacts';
import { FundingNotesEditor } from '@/features/projects/funding-notes';
import { MembersEditor } from '@/features/projects/members';
import { PartnersFollowUpsEditor } from '@/features/projects/partners-follow-ups';
import { projectMutations } from '@/features/projects/mutations';
import { ProjectEditForm } from '@/features/projects/project-edit-form';
import {
  fundingQueries,
  linkTextQueries,
  memberQueries,
  projectQueries,
  type ProjectDetail,
} from '@/features/projects/queries';
import { loadIndicatorTexts } from '@/features/indicators/public';
import { loadContentTexts } from '@/lib/content-texts';
import { peopleQueries } from '@/lib/people';
import { canEditProject, ensureAccess, isDirector, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

function EditForm({ project, director }: { project: ProjectDetail; director: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const { data: areas } = useSuspenseQuery(projectQueries.growthAreaOptions(project.programme_id));
  const update = useMutation(projectMutations.update());
  return (
    <ProjectEditForm
      project={project}
      growthAreas={areas}
      director={director}
      save={(u) => update.mutateAsync(u)}
      cancelTo={`/projects/${project.slug}`}
      onSaved={() => {
        toast({ message: t('edit.saved'), tone: 'success' });
        void navigate(`/projects/${project.slug}`);
      }}
    />
  );
}

function ProjectEditRoute() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { data: project } = useSuspenseQuery({
    ...projectQueries.detail(slug),
    // The form starts from what is saved now, not from a cached copy.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
  const access = useAccess();
  if (!project) return null;
  const title = t('edit.title', { name: project.name });
  return (
    <section>
      <PageTitle title={title} />
      <nav aria-label={t('project.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={`/projects/${project.slug}`}>{project.name}</Link>
          </li>
        </ol>
      </nav>
      <h1>{title}</h1>
      {canEditProject(access, project.id) ? (
        <>
          <EditForm project={project} director={isDirector(access)} />
          <ContactsEditor project={project} />
          {isDirector(access) && <MembersEditor projectId={project.id} />}
          {isDirector(access) && <FundingNotesEditor projectId={project.id} />}
          {isDirector(access) && <PartnersFollowUpsEditor projectId={project.id} />}
        </>
      ) : (
        <p className="notice notice--error">{t('edit.notAllowed')}</p>
      )}
    </section>
  );
}

export function projectEditRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const [project, access] = await Promise.all([
        queryClient.fetchQuery({ ...projectQueries.detail(params.slug ?? ''), staleTime: 0 }),
        ensureAccess(queryClient),
        loadContentTexts(),
      ]);
      if (!project) {
        throw data(
          { title: translator.t('project.notFound'), text: translator.t('project.notFoundText') },
          { status: 404 },
        );
      }
      await Promise.all([
        queryClient.ensureQueryData(projectQueries.growthAreaOptions(project.programme_id)),
        queryClient.ensureQueryData(peopleQueries.list()),
        isDirector(access) && queryClient.ensureQueryData(memberQueries.forProject(project.id)),
        isDirector(access) && queryClient.ensureQueryData(fundingQueries.notes(project.id)),
        isDirector(access) && queryClient.ensureQueryData(linkTextQueries.forProject(project.id)),
        // the manual progress fields' words
        loadIndicatorTexts(),
      ]);
      return null;
    },
    element: <ProjectEditRoute />,
    errorElement: <RouteError />,
  };
}
