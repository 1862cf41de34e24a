/**
 * Below ~640 px the chart gives way to a stacked agenda: growth areas as headings, their
 * projects as a list with dates, stage and schedule status in words, and milestones beneath.
 */
import { useMemo } from 'react';
import { formatDay, parseDay, todayDay } from './days';
import { buildRows, indexTimelineData, type TimelineRow } from './rows';
import { fullLabel } from './labels';
import type { TimelineData, TimelineFilters } from './model';
import { createTimelineT, type TimelineLang, type TimelineT } from './strings';

export interface TimelineAgendaProps {
  data: TimelineData;
  filters: TimelineFilters;
  lang: TimelineLang;
  t?: TimelineT;
  today?: string;
  onOpenProject: (slug: string) => void;
}

const ALL_OPEN = { all: true, keys: new Set<string>() };

export function TimelineAgenda(props: TimelineAgendaProps) {
  const { data, filters, lang, onOpenProject } = props;
  const t = useMemo(() => props.t ?? createTimelineT(lang), [props.t, lang]);
  const today = props.today ? parseDay(props.today) : todayDay();
  const ctx = useMemo(() => ({ lang, t }), [lang, t]);
  const groups = useMemo(() => {
    const index = indexTimelineData(data, t('otherProjects'));
    const rows = buildRows(index, filters, ALL_OPEN, today).rows;
    const out: { area: TimelineRow; projects: { row: TimelineRow; tasks: TimelineRow[] }[] }[] = [];
    for (const row of rows) {
      if (row.kind === 'area') out.push({ area: row, projects: [] });
      else if (row.kind === 'project') out[out.length - 1]?.projects.push({ row, tasks: [] });
      else if (row.task?.is_milestone) {
        const group = out[out.length - 1];
        group?.projects[group.projects.length - 1]?.tasks.push(row);
      }
    }
    return out;
  }, [data, filters, t, today]);

  if (groups.length === 0) return <p className="tl-empty">{t('emptyResult')}</p>;

  return (
    <section className="tl-agenda" aria-label={t('agendaLabel')}>
      {groups.map(({ area, projects }) => (
        <div key={area.key}>
          <h2 lang={area.lang}>{area.name}</h2>
          <ul>
            {projects.map(({ row, tasks }) => (
              <li key={row.key}>
                <button
                  type="button"
                  className="tl-agenda-link"
                  aria-label={fullLabel(row, ctx)}
                  onClick={() => row.project && onOpenProject(row.project.slug)}
                >
                  <span lang={row.lang}>{row.name}</span>
                </button>
                <span className="tl-agenda-meta">{meta(row, lang, t)}</span>
                {tasks.length ? (
                  <ul>
                    {tasks.map((task) => (
                      <li key={task.key}>{fullLabel(task, ctx)}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function meta(row: TimelineRow, lang: TimelineLang, t: TimelineT): string {
  const p = row.project;
  if (!p) return '';
  const span =
    row.startDay === null && row.endDay === null
      ? t('noDates')
      : t('range', {
          from: row.startDay === null ? '' : formatDay(row.startDay, lang, t),
          to: row.endDay === null ? '' : formatDay(row.endDay, lang, t),
        });
  return [span, t(`stage_${p.stage}`), t(`status_${p.schedule_status}`)].join(' · ');
}
