import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { canEditProject, useAccess } from '@/lib/session';
import { updatesNamespace } from '@/lib/updates-texts';
import { statusUpdateMutations } from './mutations';
import { statusUpdateQueries } from './queries';
import { StatusUpdateList } from './status-update-list';
import './status-updates.css';

// The form brings zod and the form kit: it loads when someone opens it.
const StatusUpdateForm = lazy(() =>
  import('./status-update-form').then((m) => ({ default: m.StatusUpdateForm })),
);

/**
 * "Tilannekatsaukset" on the project page: the updates, newest first, for everyone who may read
 * them (RLS decides), and for the project's leads and editors and the directors a form (the
 * database decides who may write anyway).
 */
export function StatusUpdatesSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation(updatesNamespace);
  const canWrite = canEditProject(useAccess(), projectId);
  const id = useId();
  const updates = useQuery(statusUpdateQueries.forProject(projectId));
  const post = useMutation(statusUpdateMutations.post());
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="status-updates">
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      {canWrite && (
        <>
          <button
            ref={toggle}
            type="button"
            className="button button--secondary"
            aria-expanded={open}
            aria-controls={`${id}-form`}
            onClick={() => {
              setSaved(false);
              setOpen(!open);
            }}
          >
            {t('write')}
          </button>
          <div aria-live="polite">
            {saved && <p className="notice notice--success">{t('saved')}</p>}
          </div>
          <div id={`${id}-form`}>
            {open && (
              <Suspense fallback={<p role="status">{t('formLoading')}</p>}>
                <StatusUpdateForm
                  save={(values) => post.mutateAsync({ projectId, values })}
                  onSaved={() => {
                    setSaved(true);
                    close();
                  }}
                  onCancel={close}
                />
              </Suspense>
            )}
          </div>
        </>
      )}
      {updates.isPending ? (
        <p role="status">{t('loading')}</p>
      ) : updates.isError ? (
        <p className="notice notice--error">{t('loadFailed')}</p>
      ) : (
        <StatusUpdateList updates={updates.data} />
      )}
    </section>
  );
}
