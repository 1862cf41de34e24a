/**
 * "Show as table": the timeline's rows (filters applied, everything expanded) as a real
 * <table>, for screen-reader users and anyone who prefers to read rather than scan bars.
 */
import { useMemo } from 'react';
import { formatDay, parseDay, todayDay } from './days';
import { buildRows, indexTimelineData, type TimelineRow } from './rows';
import type { TimelineData, TimelineFilters } from './model';
import { createTimelineT, type TimelineLang, type TimelineT } from './strings';

export interface TimelineTableProps {
  data: TimelineData;
  filters: TimelineFilters;
  lang: TimelineLang;
  t?: TimelineT;
  today?: string;
  onOpenProject: (slug: string) => void;
}

const ALL_OPEN = { all: true, keys: new Set<string>() };

export function TimelineTable(props: TimelineTableProps) {
  const { data, filters, lang, onOpenProject } = props;
  const t = useMemo(() => props.t ?? createTimelineT(lang), [props.t, lang]);
  const today = props.today ? parseDay(props.today) : todayDay();
  const rows = useMemo(() => {
    const index = indexTimelineData(data, t('otherProjects'));
    return buildRows(index, filters, ALL_OPEN, today).rows;
  }, [data, filters, t, today]);
  const date = (day: number | null) => (day === null ? '' : formatDay(day, lang, t));

  return (
    <div className="tl-table-wrap">
      <table className="tl-table">
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col_name')}</th>
            <th scope="col">{t('col_type')}</th>
            <th scope="col">{t('col_area')}</th>
            <th scope="col">{t('col_start')}</th>
            <th scope="col">{t('col_end')}</th>
            <th scope="col">{t('col_stage')}</th>
            <th scope="col">{t('col_status')}</th>
            <th scope="col">{t('col_reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" style={{ paddingLeft: 8 + (row.level - 1) * 16 }}>
                {row.kind === 'project' && row.project ? (
                  <button
                    type="button"
                    className="tl-agenda-link"
                    onClick={() => row.project && onOpenProject(row.project.slug)}
                  >
                    <span lang={row.lang}>{row.name}</span>
                  </button>
                ) : (
                  <span lang={row.lang}>{row.name}</span>
                )}
              </th>
              <td>{typeText(row, t)}</td>
              <td lang={row.area.lang}>{row.area.name}</td>
              <td>{row.kind === 'task' ? '' : date(row.startDay)}</td>
              <td>{date(row.endDay)}</td>
              <td>{stageText(row, t)}</td>
              <td>{statusText(row, t)}</td>
              <td>
                {row.project && row.kind === 'project' ? (row.project.schedule_reason ?? '') : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function typeText(row: TimelineRow, t: TimelineT): string {
  if (row.kind === 'area') return t('growthArea');
  if (row.kind === 'project') return t('project');
  return row.task?.is_milestone ? t('milestone') : t('task');
}

function stageText(row: TimelineRow, t: TimelineT): string {
  if (row.kind === 'area') return t('projectCount', { count: row.projectCount });
  if (row.kind === 'project' && row.project) return t(`stage_${row.project.stage}`);
  return row.task ? t(`taskState_${row.task.state}`) : '';
}

function statusText(row: TimelineRow, t: TimelineT): string {
  if (row.kind === 'project' && row.project) return t(`status_${row.project.schedule_status}`);
  if (row.kind === 'task' && row.marker === 'late') return t('taskLate');
  return '';
}
