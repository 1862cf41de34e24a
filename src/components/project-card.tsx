import { memo, useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { ScheduleBadge, ScheduleReasonText } from '@/components/schedule-badge';
import { StageMeter } from '@/components/stage-meter';
import { formatDate } from '@/lib/dates';
import type { ProjectCardData } from '@/lib/project-overview';
import { localize, useContentLanguage } from '@/lib/translated';
import { Translated } from './translated';

/**
 * Memoised: a card re-renders only when its project does. Starting a navigation re-renders the
 * page under the router (its state changes), and a front page of a thousand cards would redo
 * every card before the next page can show.
 */
export const ProjectCard = memo(function ProjectCard({ project }: { project: ProjectCardData }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const titleId = useId();
  const content = useContentLanguage();
  return (
    <article className="project-card" aria-labelledby={titleId}>
      <h3 className="project-card__title" id={titleId}>
        <Translated
          as={Link}
          to={`/projects/${project.slug}`}
          value={localize(project, 'name', content)}
        />
      </h3>
      <div className="project-card__badges">
        <ScheduleBadge status={project.status} />
        {!project.published && <span className="badge badge--draft">{t('portfolio.draft')}</span>}
      </div>
      {(project.status === 'late' || project.manual) && project.reasons.length > 0 && (
        <p className="project-card__reason">
          <ScheduleReasonText reasons={project.reasons} />
        </p>
      )}
      <StageMeter stage={project.stage} />
      {project.progress != null && (
        <p className="project-card__progress">
          <span className="meter" aria-hidden="true">
            <span className="meter__fill" style={{ width: `${Math.round(project.progress)}%` }} />
          </span>{' '}
          {t('portfolio.progress', { percent: Math.round(project.progress) })}
        </p>
      )}
      <dl className="project-card__facts">
        {project.oldest_overdue_on ? (
          <div>
            <dt>{t('portfolio.oldestOverdue')}</dt>
            <dd className="overdue-text">
              <span aria-hidden="true">! </span>
              {formatDate(project.oldest_overdue_on, lng)}
            </dd>
          </div>
        ) : (
          <div>
            <dt>{t('portfolio.nextDeadline')}</dt>
            <dd>
              {project.next_due_on
                ? formatDate(project.next_due_on, lng)
                : t('portfolio.noDeadline')}
            </dd>
          </div>
        )}
        {project.last_activity_at && (
          <div>
            <dt>{t('portfolio.lastUpdated')}</dt>
            <dd>{formatDate(project.last_activity_at, lng)}</dd>
          </div>
        )}
      </dl>
    </article>
  );
});
