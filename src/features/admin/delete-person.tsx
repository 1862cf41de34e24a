import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { ZeroRowsError, errorMessage } from '@/lib/errors';
import { PersonInUseError } from './mutations';

type Failure =
  { kind: 'inUse'; projects: { name: string; slug: string }[] } | { kind: 'text'; text: string };

interface Props {
  name: string;
  remove: () => Promise<void>;
  onDeleted: () => void;
}

/**
 * Deleting a person takes a second, explicit step. A project's contact cannot be deleted (the
 * foreign key refuses): the projects are named, to be fixed first.
 */
export function DeletePerson({ name, remove, onDeleted }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (returnFocus.current) startButton.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const run = async () => {
    setPending(true);
    setFailure(null);
    try {
      await remove();
      onDeleted();
    } catch (error) {
      returnFocus.current = true;
      setConfirming(false);
      if (error instanceof PersonInUseError) {
        setFailure({ kind: 'inUse', projects: error.projects });
      } else if (error instanceof ZeroRowsError) {
        setFailure({ kind: 'text', text: t('admin.delete.zeroRows') });
      } else {
        setFailure({
          kind: 'text',
          text: t('admin.delete.failed', { message: errorMessage(error) }),
        });
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="form-section admin-danger" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.delete.title')}</h2>
      <p>{t('admin.delete.intro')}</p>
      {failure && (
        <div className="notice notice--error" role="alert">
          {failure.kind === 'text' ? (
            <p>{failure.text}</p>
          ) : failure.projects.length > 0 ? (
            <>
              <p>{t('admin.delete.inUse')}</p>
              <ul>
                {failure.projects.map((p) => (
                  <li key={p.slug}>
                    <Link to={`/projects/${p.slug}/edit`}>{p.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('admin.delete.inUseUnknown')}</p>
          )}
        </div>
      )}
      {confirming ? (
        <div className="admin-danger__confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <h3 id={`${id}-confirm`} ref={confirmHeading} tabIndex={-1}>
            {t('admin.delete.confirmTitle', { name })}
          </h3>
          <p>{t('admin.delete.confirmText')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button admin-button--danger"
              disabled={pending}
              onClick={() => void run()}
            >
              {pending ? t('admin.delete.deleting') : t('admin.delete.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={pending}
              onClick={() => {
                returnFocus.current = true;
                setConfirming(false);
              }}
            >
              {t('admin.delete.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={startButton}
          type="button"
          className="button button--secondary"
          onClick={() => {
            setFailure(null);
            setConfirming(true);
          }}
        >
          {t('admin.delete.button')}
        </button>
      )}
    </section>
  );
}
