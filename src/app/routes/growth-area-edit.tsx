import { loadContentTexts } from '@/lib/content-texts';
import { useMutation, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { translator } from '@/lib/translator';
import { useTranslation } from '@/lib/use-translation';
import { data, Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { useToast } from '@/components/toast';
import { GrowthAreaForm } from '@/features/growth-areas/edit';
import { growthAreaMutations } from '@/features/growth-areas/mutations';
import {
  growthAreaEditQueries,
  growthAreaQueries,
  type GrowthAreaDetail,
} from '@/features/growth-areas/queries';
import { StaffEditor } from '@/features/growth-areas/staff';
import { peopleQueries } from '@/lib/people';
import { ensureAccess, isDirector, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

function Form({ areaId, back }: { areaId: string; back: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const { data: area } = useSuspenseQuery(growthAreaEditQueries.editable(areaId));
  const { data: people } = useSuspenseQuery(peopleQueries.list());
  const update = useMutation(growthAreaMutations.update());
  if (!area) return null;
  return (
    <GrowthAreaForm
      area={area}
      people={people}
      save={(input) => update.mutateAsync(input)}
      cancelTo={back}
      onSaved={() => {
        toast({ message: t('areaForm.saved'), tone: 'success' });
        void navigate(back);
      }}
    />
  );
}

function Staff({ detail }: { detail: GrowthAreaDetail }) {
  const { data: people } = useSuspenseQuery(peopleQueries.list());
  const add = useMutation(growthAreaMutations.addStaff());
  const remove = useMutation(growthAreaMutations.removeStaff());
  const updateRole = useMutation(growthAreaMutations.updateStaffRole());
  return (
    <StaffEditor
      staff={detail.staff}
      people={people}
      updateRole={(input) => updateRole.mutateAsync(input)}
      add={(input) => add.mutateAsync({ ...input, growth_area_id: detail.id })}
      remove={(personId) => remove.mutateAsync({ growth_area_id: detail.id, person_id: personId })}
    />
  );
}

function GrowthAreaEditRoute() {
  const { programme = '', area = '' } = useParams();
  const { t } = useTranslation();
  const { data: detail } = useSuspenseQuery(growthAreaQueries.detail(programme, area));
  const access = useAccess();
  if (!detail) return null;
  const title = t('areaForm.title', { name: detail.name });
  const back = `/programmes/${programme}/${area}`;
  return (
    <section>
      <PageTitle title={title} />
      <nav aria-label={t('project.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={back}>{detail.name}</Link>
          </li>
        </ol>
      </nav>
      <h1>{title}</h1>
      {isDirector(access) ? (
        <>
          <Form areaId={detail.id} back={back} />
          <Staff detail={detail} />
          <p>
            <Link to={`/programmes/${programme}/edit`}>
              {t('programmeForm.link', { ns: 'content' })}
            </Link>
          </p>
        </>
      ) : (
        <p className="notice notice--error">{t('areaForm.notAllowed')}</p>
      )}
    </section>
  );
}

export function growthAreaEditRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const [detail, access] = await Promise.all([
        queryClient.ensureQueryData(
          growthAreaQueries.detail(params.programme ?? '', params.area ?? ''),
        ),
        ensureAccess(queryClient),
        loadContentTexts(),
      ]);
      if (!detail) {
        throw data(
          {
            title: translator.t('growthArea.notFound'),
            text: translator.t('growthArea.notFoundText'),
          },
          { status: 404 },
        );
      }
      if (isDirector(access)) {
        await Promise.all([
          queryClient.fetchQuery(growthAreaEditQueries.editable(detail.id)),
          queryClient.ensureQueryData(peopleQueries.list()),
        ]);
      }
      return null;
    },
    element: <GrowthAreaEditRoute />,
    errorElement: <RouteError />,
  };
}
