import { useMutation, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { translator } from '@/lib/translator';
import { useTranslation } from '@/lib/use-translation';
import { data, Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { useToast } from '@/components/toast';
import { programmeMutations } from '@/features/growth-areas/mutations';
import { ProgrammeForm } from '@/features/growth-areas/programme-form';
import { programmeQueries } from '@/features/growth-areas/queries';
import { loadContentTexts } from '@/lib/content-texts';
import { ensureAccess, isDirector, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

/** /programmes/:programme/edit — the programme's name and description in fi/sv/en (#14). */
function ProgrammeEditRoute() {
  const { programme: slug = '' } = useParams();
  const { t } = useTranslation('content');
  const navigate = useNavigate();
  const toast = useToast();
  const access = useAccess();
  const { data: programme } = useSuspenseQuery(programmeQueries.editable(slug));
  const update = useMutation(programmeMutations.update());
  if (!programme) return null;
  const title = t('programmeForm.title', { name: programme.name });
  const back = `/?programme=${programme.slug}`;
  return (
    <section>
      <PageTitle title={title} />
      <h1>{title}</h1>
      {isDirector(access) ? (
        <ProgrammeForm
          programme={programme}
          save={(input) => update.mutateAsync(input)}
          cancelTo={back}
          onSaved={() => {
            toast({ message: t('programmeForm.saved'), tone: 'success' });
            void navigate(back);
          }}
        />
      ) : (
        <>
          <p className="notice notice--error">{t('programmeForm.notAllowed')}</p>
          <Link to={back}>{programme.name}</Link>
        </>
      )}
    </section>
  );
}

export function programmeEditRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const [programme] = await Promise.all([
        queryClient.fetchQuery({
          ...programmeQueries.editable(params.programme ?? ''),
          staleTime: 0,
        }),
        ensureAccess(queryClient),
        loadContentTexts(),
      ]);
      if (!programme) {
        throw data(
          { title: translator.t('programmeForm.notFound', { ns: 'content' }), text: '' },
          { status: 404 },
        );
      }
      return null;
    },
    element: <ProgrammeEditRoute />,
    errorElement: <RouteError />,
  };
}
