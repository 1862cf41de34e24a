import { useEffect } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { signOut } from '@/lib/session';

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}

/** A page-level "not found", thrown by loaders as a 404 route response. */
export function NotFound({ title, text }: { title?: string; text?: string }) {
  const { t } = useTranslation();
  const heading = title ?? t('errors.notFound');
  return (
    <section className="error-page">
      <PageTitle title={heading} />
      <h1>{heading}</h1>
      <p>{text ?? t('errors.notFoundText')}</p>
      <p>
        <Link to="/">{t('errors.home')}</Link>
      </p>
    </section>
  );
}

/**
 * The API refused the session's token (expired, or signed with another key) though supabase-js
 * still holds it: drop it here, or the sign-in page would greet a user who cannot read anything.
 */
function SessionExpired() {
  const { t } = useTranslation();
  useEffect(() => {
    void signOut().catch(() => {});
  }, []);
  return (
    <section className="error-page">
      <PageTitle title={t('errors.sessionExpired')} />
      <h1>{t('errors.sessionExpired')}</h1>
      <p>
        <Link to="/sign-in?expired=1">{t('errors.signInAgain')}</Link>
      </p>
    </section>
  );
}

/** The error boundary of every route: failed loads, missing pages, an expired session. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const revalidator = useRevalidator();

  if (isRouteErrorResponse(error) && error.status === 404) {
    const data: unknown = error.data;
    const texts =
      typeof data === 'object' && data !== null && 'title' in data && 'text' in data
        ? (data as { title: string; text: string })
        : undefined;
    return <NotFound title={texts?.title} text={texts?.text} />;
  }

  const code = errorCode(error);
  if (code === 'PGRST303' || code === 'PGRST301') return <SessionExpired />;

  return (
    <section className="error-page" role="alert">
      <PageTitle title={t('errors.title')} />
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.loadFailed')}</p>
      <p className="muted">{t('errors.details', { message: errorMessage(error) })}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={() => void revalidator.revalidate()}>
          {t('errors.retry')}
        </button>
        <Link to="/">{t('errors.home')}</Link>
      </p>
    </section>
  );
}
