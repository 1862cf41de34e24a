import { Translated } from '@/components/translated';
import { localize, useContentLanguage } from '@/lib/translated';
import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { ProjectCard } from '@/components/project-card';
import { scheduleStatuses, stages } from '@/lib/domain';
import type { GrowthAreaDetail } from './queries';

function Person({
  person,
}: {
  person: { full_name: string; title: string | null; organisation: string | null };
}) {
  return (
    <>
      <span className="contact__name">{person.full_name}</span>
      {person.title && <>, {person.title}</>}
      {person.organisation && <span className="muted"> ({person.organisation})</span>}
    </>
  );
}

/** A growth area: description, lead and staff, a stage/status summary and its projects. */
export function GrowthAreaView({
  area,
  actions,
  follow,
  outcomes,
  embed,
}: {
  area: GrowthAreaDetail;
  actions?: ReactNode;
  /** Follow / unfollow, for signed-in users. */
  follow?: ReactNode;
  /** Progress, deadline drift and indicators (a lazy section of the indicators feature). */
  outcomes?: ReactNode;
  /** "Copy embed code" of the growth area's timeline. */
  embed?: ReactNode;
}) {
  const { t } = useTranslation();
  const content = useContentLanguage();
  const name = localize(area, 'name', content);
  const description = localize(area, 'description', content);
  const count = (pred: (p: GrowthAreaDetail['projects'][number]) => boolean) =>
    area.projects.filter(pred).length;

  return (
    <article>
      <PageTitle title={name?.text ?? area.name} />
      <nav aria-label={t('project.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Translated
              as={Link}
              to={`/?programme=${encodeURIComponent(area.programme.slug)}`}
              value={localize(area.programme, 'name', content)}
            />
          </li>
        </ol>
      </nav>
      <div className="area-section__header" style={{ borderColor: area.color }}>
        <p className="eyebrow">{t('project.growthArea')}</p>
        <Translated as="h1" value={name} />
      </div>
      {follow}
      {actions && <div className="button-row">{actions}</div>}
      {embed}
      {description ? (
        <Translated as="p" className="lead-text prose" value={description} />
      ) : (
        <p className="empty">{t('growthArea.noDescription')}</p>
      )}

      <div className="area-facts">
        <section aria-labelledby="area-people">
          <h2 id="area-people">{t('growthArea.lead')}</h2>
          <p>
            {area.lead ? (
              <Person person={area.lead} />
            ) : (
              <span className="badge badge--neutral">{t('portfolio.leadVacant')}</span>
            )}
          </p>
          <h3>{t('growthArea.staff')}</h3>
          {area.staff.length > 0 ? (
            <ul className="plain-list">
              {area.staff.map((s) => (
                <li key={s.person.id}>
                  <Person person={s.person} /> – <Translated value={localize(s, 'role', content)} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">{t('growthArea.noStaff')}</p>
          )}
        </section>
        <section aria-labelledby="area-summary">
          <h2 id="area-summary">{t('growthArea.summary')}</h2>
          <div className="summary-tables">
            <table className="summary-table">
              <caption>{t('growthArea.stageSummary')}</caption>
              <tbody>
                {stages.map((s) => (
                  <tr key={s}>
                    <th scope="row">{t(`stage.${s}`)}</th>
                    <td>{count((p) => p.stage === s)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="summary-table">
              <caption>{t('growthArea.statusSummary')}</caption>
              <tbody>
                {scheduleStatuses.map((s) => (
                  <tr key={s}>
                    <th scope="row">{t(`schedule.${s}`)}</th>
                    <td>{count((p) => p.status === s)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>

      {outcomes}

      <section aria-labelledby="area-projects">
        <h2 id="area-projects">
          {t('growthArea.projects')}{' '}
          <span className="muted">
            ({t('portfolio.projectCount', { count: area.projects.length })})
          </span>
        </h2>
        {area.projects.length > 0 ? (
          <ul className="card-grid">
            {area.projects.map((p) => (
              <li key={p.id}>
                <ProjectCard project={p} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t('portfolio.noProjects')}</p>
        )}
      </section>
    </article>
  );
}
