import { loadContentTexts } from '@/lib/content-texts';
import { useMutation, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { translator } from '@/lib/translator';
import { useTranslation } from '@/lib/use-translation';
import { data, Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { useToast } from '@/components/toast';
import { NewGrowthAreaForm } from '@/features/growth-areas/create';
import { growthAreaMutations } from '@/features/growth-areas/mutations';
import { growthAreaEditQueries } from '@/features/growth-areas/queries';
import { peopleQueries } from '@/lib/people';
import { ensureAccess, isDirector, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

function Form({ programmeSlug, back }: { programmeSlug: string; back: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const { data: programme } = useSuspenseQuery(growthAreaEditQueries.newIn(programmeSlug));
  const { data: people } = useSuspenseQuery(peopleQueries.list());
  const create = useMutation(growthAreaMutations.create());
  if (!programme) return null;
  return (
    <NewGrowthAreaForm
      programme={programme}
      people={people}
      cancelTo={back}
      save={async (values) => {
        const area = await create.mutateAsync(values);
        toast({ message: t('areaForm.created', { name: area.name }), tone: 'success' });
        await navigate(`/programmes/${programme.slug}/${area.slug}`);
      }}
    />
  );
}

function NewGrowthAreaRoute() {
  const { programme = '' } = useParams();
  const { t } = useTranslation();
  const access = useAccess();
  const title = t('areaForm.newTitle');
  const back = `/?programme=${encodeURIComponent(programme)}`;
  return (
    <section>
      <PageTitle title={title} />
      <nav aria-label={t('project.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={back}>{t('areaForm.backToPortfolio')}</Link>
          </li>
        </ol>
      </nav>
      <h1>{title}</h1>
      {isDirector(access) ? (
        <Form programmeSlug={programme} back={back} />
      ) : (
        <p className="notice notice--error">{t('areaForm.notAllowed')}</p>
      )}
    </section>
  );
}

/** programmes/:programme/growth-areas/new — directors and admins add a growth area. */
export function newGrowthAreaRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const [access] = await Promise.all([ensureAccess(queryClient), loadContentTexts()]);
      if (!isDirector(access)) return null;
      const [programme] = await Promise.all([
        queryClient.fetchQuery(growthAreaEditQueries.newIn(params.programme ?? '')),
        queryClient.ensureQueryData(peopleQueries.list()),
      ]);
      if (!programme) {
        throw data(
          { title: translator.t('errors.notFound'), text: translator.t('errors.notFoundText') },
          { status: 404 },
        );
      }
      return null;
    },
    element: <NewGrowthAreaRoute />,
    errorElement: <RouteError />,
  };
}
