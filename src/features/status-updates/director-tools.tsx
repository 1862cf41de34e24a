import { useMutation, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { isDirector, useAccess } from '@/lib/session';
import { updatesNamespace } from '@/lib/updates-texts';
import { statusUpdateMutations } from './mutations';
import { NudgeForm } from './nudge-form';
import { statusUpdateQueries } from './queries';
import { ReminderLog } from './reminder-log';
import './status-updates.css';

/**
 * For directors and admins on the project page: "nudge the leads" and the reminder log; nothing
 * for anyone else (the database refuses the nudge and hides the log from them anyway).
 */
export function DirectorTools({ projectId }: { projectId: string }) {
  return isDirector(useAccess()) ? <DirectorPanel projectId={projectId} /> : null;
}

function DirectorPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation(updatesNamespace);
  const id = useId();
  const log = useQuery(statusUpdateQueries.reminderLog(projectId));
  const nudge = useMutation(statusUpdateMutations.nudge());
  return (
    <section aria-labelledby={`${id}-heading`} className="director-tools">
      <h2 id={`${id}-heading`}>{t('remindersHeading')}</h2>
      <NudgeForm nudge={(message) => nudge.mutateAsync({ projectId, message })} />
      <h3 id={`${id}-log`}>{t('logHeading')}</h3>
      <p className="muted">{t('logIntro')}</p>
      {log.isPending ? (
        <p role="status">{t('logLoading')}</p>
      ) : log.isError ? (
        <p className="notice notice--error">{t('logFailed')}</p>
      ) : (
        <ReminderLog entries={log.data} />
      )}
    </section>
  );
}
