import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { authMutations } from '@/features/auth/mutations';
import { SignInForm } from '@/features/auth/sign-in-form';
import { sessionQueries, signOut, takeSessionExpired, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

/** Only same-site paths are followed after signing in. */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

function SignedIn({ email }: { email: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAccess();
  const leads = access?.memberships.length ?? 0;
  return (
    <>
      <p>{t('auth.alreadySignedIn', { email })}</p>
      <p>
        {access && access.roles.length > 0
          ? t('auth.roles', { roles: access.roles.map((r) => t(`role.${r}`)).join(', ') })
          : t('auth.noRoles')}
      </p>
      {leads > 0 && <p>{t('auth.leadOf', { count: leads })}</p>}
      <button
        type="button"
        className="button button--secondary"
        onClick={async () => {
          await signOut();
          await navigate('/sign-in?signedOut=1', { replace: true });
        }}
      >
        {t('nav.signOut')}
      </button>
    </>
  );
}

function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useQuery(sessionQueries.current());
  const [expired] = useState(() => takeSessionExpired() || params.get('expired') === '1');
  const signIn = useMutation({
    ...authMutations.signIn(),
    onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }),
  });
  const email = session.data?.user.email;

  return (
    <section className="narrow">
      <PageTitle title={t('auth.title')} />
      <h1>{t('auth.title')}</h1>
      {params.get('signedOut') === '1' && !session.data && (
        <p className="notice notice--success" role="status">
          {t('auth.signedOut')}
        </p>
      )}
      {expired && !session.data && (
        <p className="notice notice--warning" role="status">
          {t('auth.sessionExpired')}
        </p>
      )}
      {session.data ? (
        <SignedIn email={email ?? ''} />
      ) : (
        <>
          <p>{t('auth.intro')}</p>
          <SignInForm save={(input) => signIn.mutateAsync(input)} />
        </>
      )}
    </section>
  );
}

export function signInRoute(): PageRoute {
  return { element: <SignInRoute />, errorElement: <RouteError /> };
}
