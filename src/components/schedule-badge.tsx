import { useTranslation } from '@/lib/use-translation';
import type { ScheduleStatus } from '@/lib/domain';
import { isLanguage } from '@/lib/language';
import { reasonSentence, type ScheduleReason } from '@/lib/schedule-reasons';

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

/**
 * Why the status is what it is, in one sentence: the reasons the database returns
 * (project_overview.schedule_reasons), worded in the UI language — "1 tehtävä myöhässä
 * (määräaika 10.11.2026)", "Päättymispäivä ohitettu 31.12.2025", a manual status with its note.
 */
export function ScheduleReasonText({ reasons }: { reasons: readonly ScheduleReason[] }) {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'fi';
  return <>{reasonSentence(reasons, lang)}</>;
}
