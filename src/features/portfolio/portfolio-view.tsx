import { Translated } from '@/components/translated';
import { localize, useContentLanguage } from '@/lib/translated';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { formatDate } from '@/lib/dates';
import { PageTitle } from '@/components/page-title';
import { hasFilters, matchesFilters, type PortfolioFilters } from './filters';
import { PortfolioFiltersForm } from './portfolio-filters';
import { ProjectCard } from '@/components/project-card';
import {
  portfolioQueries,
  type GrowthAreaSummary,
  type Portfolio,
  type ProjectCardData,
} from './queries';

function ProjectList({ projects }: { projects: ProjectCardData[] }) {
  return (
    <ul className="card-grid">
      {projects.map((p) => (
        <li key={p.id}>
          <ProjectCard project={p} />
        </li>
      ))}
    </ul>
  );
}

function GrowthAreaSection({
  area,
  programmeSlug,
  projects,
  health,
}: {
  area: GrowthAreaSummary;
  programmeSlug: string;
  projects: ProjectCardData[];
  health?: ReactNode;
}) {
  const { t } = useTranslation();
  const content = useContentLanguage();
  return (
    <section className="area-section" aria-labelledby={`area-${area.id}`}>
      <div className="area-section__header" style={{ borderColor: area.color }}>
        <h2 id={`area-${area.id}`}>
          <Translated
            as={Link}
            to={`/programmes/${programmeSlug}/${area.slug}`}
            value={localize(area, 'name', content)}
          />
        </h2>
        <p className="area-section__meta">
          {t('portfolio.lead')}:{' '}
          {area.lead ? (
            <span>{area.lead.full_name}</span>
          ) : (
            <span className="badge badge--neutral">{t('portfolio.leadVacant')}</span>
          )}
          <span className="area-section__count">
            {t('portfolio.projectCount', { count: projects.length })}
          </span>
          {health}
        </p>
      </div>
      {projects.length > 0 ? (
        <ProjectList projects={projects} />
      ) : (
        <p className="empty">{t('portfolio.noProjects')}</p>
      )}
    </section>
  );
}

interface IntroProps {
  programme: Portfolio['programme'];
  programmes: Portfolio['programmes'];
  /** Controls for those who may use them, e.g. "new project" for directors. */
  actions?: ReactNode;
}

/**
 * The programme's name, span and description, and the other programmes: all the programme list
 * holds, so the front page shows them while its growth areas and projects are still on the way.
 */
export function PortfolioIntro({ programme, programmes, actions }: IntroProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const content = useContentLanguage();
  const programmeName = localize(programme, 'name', content);
  const otherProgrammes = programmes.filter((p) => p.id !== programme.id);
  return (
    <>
      <PageTitle title={programmeName?.text ?? programme.name} />
      <div className="page-intro">
        <p className="eyebrow">{t('portfolio.programme')}</p>
        <Translated as="h1" value={programmeName} />
        <p className="muted">
          {t('portfolio.programmeSpan', {
            start: formatDate(programme.starts_on, lng),
            end: formatDate(programme.ends_on, lng),
          })}
          {!programme.published && (
            <>
              {' '}
              <span className="badge badge--draft">{t('portfolio.draft')}</span>
            </>
          )}
        </p>
        <Translated
          as="p"
          className="lead-text"
          value={localize(programme, 'description', content)}
        />
        {actions && <div className="button-row">{actions}</div>}
        {otherProgrammes.length > 0 && (
          <nav aria-label={t('portfolio.otherProgrammes')} className="programme-switcher">
            <span>{t('portfolio.otherProgrammes')}:</span>
            <ul>
              {otherProgrammes.map((p) => (
                <li key={p.id}>
                  <Translated
                    as={Link}
                    to={`/?programme=${encodeURIComponent(p.slug)}`}
                    value={localize(p, 'name', content)}
                  />
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </>
  );
}

interface ContentsProps {
  programme: Pick<Portfolio['programme'], 'id' | 'slug'>;
  filters: PortfolioFilters;
  onFiltersChange: (filters: PortfolioFilters) => void;
  /** A growth area's indicator health at a glance (a lazy part of the indicators feature). */
  areaHealth?: (areaId: string) => ReactNode;
}

/**
 * The filters, then the growth areas in order with their projects as cards, then the others:
 * suspends until the programme's contents are there (portfolioQueries.contents).
 */
export function PortfolioContents({
  programme,
  filters,
  onFiltersChange,
  areaHealth,
}: ContentsProps) {
  const { t } = useTranslation();
  const { growthAreas, projects } = useSuspenseQuery(portfolioQueries.contents(programme.id)).data;
  const filtering = hasFilters(filters);
  const visible = projects.filter((p) => matchesFilters(p, filters, growthAreas));
  const byArea = (areaId: string | null) => visible.filter((p) => p.growth_area_id === areaId);
  const knownArea = new Set(growthAreas.map((a) => a.id));
  const others = visible.filter((p) => !p.growth_area_id || !knownArea.has(p.growth_area_id));

  return (
    <>
      <PortfolioFiltersForm
        filters={filters}
        growthAreas={growthAreas}
        onChange={onFiltersChange}
      />
      <p className="result-count" role="status">
        {filtering ? t('portfolio.showing', { count: visible.length }) : ''}
      </p>

      {filtering && visible.length === 0 ? (
        <div className="empty empty--large">
          <p>{t('portfolio.noMatches')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onFiltersChange({ area: null, stage: null, status: null, text: '' })}
          >
            {t('portfolio.clearFilters')}
          </button>
        </div>
      ) : (
        <>
          <h2 className="visually-hidden">{t('portfolio.growthAreas')}</h2>
          {growthAreas.map((area) => {
            const projects = byArea(area.id);
            if (filtering && projects.length === 0) return null;
            return (
              <GrowthAreaSection
                key={area.id}
                area={area}
                programmeSlug={programme.slug}
                projects={projects}
                health={areaHealth?.(area.id)}
              />
            );
          })}
          {(!filtering || others.length > 0) && (
            <section className="area-section" aria-labelledby="area-other">
              <div className="area-section__header">
                <h2 id="area-other">{t('portfolio.otherProjects')}</h2>
                <p className="area-section__meta">
                  <span className="area-section__count">
                    {t('portfolio.projectCount', { count: others.length })}
                  </span>
                </p>
              </div>
              {others.length > 0 ? (
                <ProjectList projects={others} />
              ) : (
                <p className="empty">{t('portfolio.noProjects')}</p>
              )}
            </section>
          )}
        </>
      )}
    </>
  );
}

/** When no programme is visible at all. */
export function NoProgramme() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('portfolio.title')} />
      <h1>{t('portfolio.noProgramme')}</h1>
      <p>{t('portfolio.noProgrammeText')}</p>
    </>
  );
}
