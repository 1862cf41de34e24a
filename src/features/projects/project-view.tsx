import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { ScheduleBadge, ScheduleReasonText } from '@/components/schedule-badge';
import { StageStepper } from '@/components/stage-stepper';
import { Translated } from '@/components/translated';
import { formatDate } from '@/lib/dates';
import { localize, useContentLanguage } from '@/lib/translated';
import { sortContacts, type ProjectDetail } from './queries';

function TimeSpan({ start, end }: { start: string | null; end: string | null }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  if (!start && !end) return <>{t('project.timeSpanMissing')}</>;
  return (
    <>
      {t('project.timeSpanValue', {
        start: start ? formatDate(start, lng) : '…',
        end: end ? formatDate(end, lng) : '…',
      })}
    </>
  );
}

function Contacts({ contacts }: { contacts: ProjectDetail['contacts'] }) {
  const { t } = useTranslation();
  const content = useContentLanguage();
  const sorted = sortContacts(contacts);
  if (sorted.length === 0) return <p className="empty">{t('project.noContacts')}</p>;
  return (
    <ul className="contact-list">
      {sorted.map((c) => (
        <li key={c.person.id} className="contact">
          {c.is_primary && (
            <p className="contact__role badge badge--neutral">{t('project.mainContact')}</p>
          )}
          <p className="contact__name">{c.person.full_name}</p>
          {c.person.title && <p>{c.person.title}</p>}
          {c.person.organisation && <p className="muted">{c.person.organisation}</p>}
          <Translated as="p" className="muted" value={localize(c, 'role', content)} />
        </li>
      ))}
    </ul>
  );
}

function Funding({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const content = useContentLanguage();
  const followUpName = (id: string | null) => {
    const followUp = project.follow_ups.find((f) => f.id === id);
    return (
      (followUp?.name ? localize(followUp, 'name', content) : null) ??
      (followUp?.follow_up ? localize(followUp.follow_up, 'name', content) : null)
    );
  };
  return (
    <ul className="plain-list">
      {project.funding.map((f) => {
        const followUp = followUpName(f.follow_up_id);
        return (
          <li key={f.id}>
            <strong>{f.instrument}</strong>
            {/* The name ends the sentence in every language; a Finnish one standing in is marked. */}
            {followUp && (
              <>
                {' — '}
                {t('funding.forFollowUp', { name: '' })}
                <Translated value={followUp} />
              </>
            )}
            <br />
            <span className={`funding-state funding-state--${f.state}`}>
              {t(`funding.state_${f.state}`)}
            </span>
            {f.amount !== null && (
              <>
                {', '}
                {t('funding.amount', {
                  amount: new Intl.NumberFormat(lng).format(f.amount),
                })}
              </>
            )}
            {f.decided_on && (
              <>, {t('funding.decidedOn', { date: formatDate(f.decided_on, lng) })}</>
            )}
            <Translated as="p" className="muted" value={localize(f, 'note', content)} />
          </li>
        );
      })}
    </ul>
  );
}

interface Props {
  project: ProjectDetail;
  /** The task groups, with or without edit actions (composed by the route). */
  tasks: ReactNode;
  /** Edit controls, shown only to those who may edit. */
  actions?: ReactNode;
  /** The project's change history, for those who may read the audit trail. */
  history?: ReactNode;
  /** Follow / unfollow, for signed-in users. */
  follow?: ReactNode;
  /** The status updates (and, for those who may write them, their form). */
  statusUpdates?: ReactNode;
  /** The directors' reminder log and "nudge the leads". */
  reminders?: ReactNode;
  /** Progress, deadline drift and indicators (a lazy section of the indicators feature). */
  outcomes?: ReactNode;
  /** "Copy embed code", for published projects. */
  embed?: ReactNode;
}

/** The project page, as the source page lays it out: stage, status, texts, tasks, summary. */
export function ProjectView({
  project,
  tasks,
  actions,
  history,
  follow,
  statusUpdates,
  reminders,
  outcomes,
  embed,
}: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const content = useContentLanguage();
  const name = localize(project, 'name', content);
  const summary = localize(project, 'summary', content);
  const official = localize(project, 'official_description', content);
  const overview = project.overview;
  const status = overview?.status ?? project.schedule_status ?? 'on_schedule';
  const followUps = [...project.follow_ups].sort((a, b) => a.sort_order - b.sort_order);
  const partners = [...project.partners].sort((a, b) => a.sort_order - b.sort_order);

  return (
    <article className="project-page">
      <PageTitle title={name?.text ?? project.name} />
      <nav aria-label={t('project.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Translated
              as={Link}
              to={`/?programme=${encodeURIComponent(project.programme.slug)}`}
              value={localize(project.programme, 'name', content)}
            />
          </li>
          {project.growth_area ? (
            <li>
              <Translated
                as={Link}
                to={`/programmes/${project.programme.slug}/${project.growth_area.slug}`}
                value={localize(project.growth_area, 'name', content)}
              />
            </li>
          ) : (
            <li>{t('portfolio.otherProjects')}</li>
          )}
        </ol>
      </nav>
      <Translated as="h1" value={name} />
      {!project.published && (
        <p className="notice notice--warning">
          <strong>{t('portfolio.draft')}:</strong> {t('project.draftNotice')}
        </p>
      )}
      {follow}
      {actions && <div className="button-row project-page__actions">{actions}</div>}

      <div className="project-page__status">
        <StageStepper stage={project.stage} />
        <div className="schedule">
          <h2 className="stage-stepper__label">{t('schedule.label')}</h2>
          <p>
            <ScheduleBadge status={status} />
          </p>
          <p className="schedule__reason">
            <ScheduleReasonText reasons={overview?.reasons ?? []} />
          </p>
        </div>
      </div>

      {outcomes}

      <div className="project-page__columns">
        <div className="project-page__main">
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading">{t('project.summary')}</h2>
            {summary ? (
              <Translated as="p" className="prose" value={summary} />
            ) : (
              <p className="empty">{t('project.noSummary')}</p>
            )}
          </section>
          <section aria-labelledby="official-heading">
            <h2 id="official-heading">{t('project.officialDescription')}</h2>
            {official ? (
              <Translated as="p" className="prose" value={official} />
            ) : (
              <p className="empty">{t('project.noOfficialDescription')}</p>
            )}
          </section>
          <section aria-labelledby="tasks-heading" className="tasks">
            <h2 id="tasks-heading">{t('tasks.heading')}</h2>
            {tasks}
          </section>
          {statusUpdates}
          {reminders}
          {history}
        </div>

        <aside className="project-page__aside" aria-labelledby="overview-heading">
          <h2 id="overview-heading">{t('project.overview')}</h2>
          <h3>{t('project.timeSpan')}</h3>
          <p>
            <TimeSpan start={project.starts_on} end={project.ends_on} />
          </p>
          {partners.length > 0 && (
            <>
              <h3>{t('project.partners')}</h3>
              <ul className="plain-list">
                {partners.map((p) => (
                  <li key={p.organisation.id}>
                    {p.organisation.website ? (
                      <a href={p.organisation.website}>{p.organisation.name}</a>
                    ) : (
                      p.organisation.name
                    )}
                    {p.organisation.short_name && p.organisation.short_name !== p.organisation.name
                      ? ` (${p.organisation.short_name})`
                      : ''}
                    {p.role && (
                      <span className="muted">
                        {' – '}
                        <Translated value={localize(p, 'role', content)} />
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {project.funding.length > 0 && (
            <>
              <h3>{t('project.funding')}</h3>
              <Funding project={project} />
            </>
          )}
          {followUps.length > 0 && (
            <>
              <h3>{t('project.followUps')}</h3>
              <ul className="plain-list">
                {followUps.map((f) => (
                  <li key={f.id}>
                    {f.follow_up ? (
                      <Translated
                        as={Link}
                        to={`/projects/${f.follow_up.slug}`}
                        value={localize(f.follow_up, 'name', content)}
                      />
                    ) : (
                      <Translated as="strong" value={localize(f, 'name', content)} />
                    )}
                    <Translated as="p" className="muted" value={localize(f, 'note', content)} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('project.contacts')}</h3>
          <Contacts contacts={project.contacts} />
          <p className="updated">
            {project.updatedByName
              ? t('project.lastUpdatedBy', {
                  date: formatDate(project.updated_at, lng),
                  name: project.updatedByName,
                })
              : t('project.lastUpdatedAt', { date: formatDate(project.updated_at, lng) })}
          </p>
          {embed}
        </aside>
      </div>
    </article>
  );
}
