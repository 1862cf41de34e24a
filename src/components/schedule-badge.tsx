import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/dates';
import { scheduleReason, type ScheduleFacts, type ScheduleStatus } from '@/lib/domain';

const icons: Record<ScheduleStatus, string> = { on_schedule: '✓', late: '!', not_pursued: '–' };

/** The schedule status as words plus an icon; colour only supports them. */
export function ScheduleBadge({ status }: { status: ScheduleStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status}`}>
      <span className="badge__icon" aria-hidden="true">
        {icons[status]}
      </span>
      {t(`schedule.${status}`)}
    </span>
  );
}

/** One sentence explaining the status: the manual note, the overdue tasks or the end date. */
export function ScheduleReasonText({ facts }: { facts: ScheduleFacts }) {
  const { t, i18n } = useTranslation();
  const reason = scheduleReason(facts);
  const lng = i18n.resolvedLanguage;
  switch (reason.kind) {
    case 'note':
      return (
        <>
          {t('schedule.reasonNote', { note: reason.note })} ({t('schedule.manual')})
        </>
      );
    case 'overdue':
      return (
        <>
          {t('schedule.reasonOverdue', {
            count: reason.count,
            date: formatDate(reason.date, lng),
          })}
        </>
      );
    case 'ended':
      return <>{t('schedule.reasonEnded', { date: formatDate(reason.date, lng) })}</>;
    case 'completed':
      return <>{t('schedule.reasonCompleted')}</>;
    case 'onTrack':
      return <>{t('schedule.reasonOnTrack')}</>;
  }
}
