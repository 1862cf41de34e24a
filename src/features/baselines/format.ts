import type { TFunction } from '@/lib/translator';
import { formatDate } from '@/lib/dates';
import { isStage } from '@/lib/domain';
import type { Language } from '@/lib/language';
import type { BaselineChange } from './queries';

export type ReportsT = TFunction<'reports'>;
export type AppT = TFunction<'translation'>;

/** "14 days later" / "3 days earlier" / "not moved"; null when there is nothing to compare. */
export function slipText(days: number | null, t: ReportsT): string | null {
  if (days === null) return null;
  if (days > 0) return t('baselines.slipLater', { days });
  if (days < 0) return t('baselines.slipEarlier', { days: -days });
  return t('baselines.slipNone');
}

function stateText(value: string | null, appT: AppT): string {
  if (value === 'on_schedule' || value === 'late' || value === 'not_pursued') {
    return appT(`schedule.${value}`);
  }
  return appT('dashboard.state_not_started');
}

/** One change in words, dates the user's way (31.12.2026 in Finnish). */
export function changeText(
  change: BaselineChange,
  t: ReportsT,
  appT: AppT,
  lang: Language,
): string {
  const date = (v: string | null) => (v ? formatDate(v, lang) : t('baselines.noDate'));
  const task = change.taskTitle
    ? `${t('baselines.taskPrefix', { title: change.taskTitle })}: `
    : '';
  switch (change.kind) {
    case 'project_added':
      return t('baselines.kind_project_added');
    case 'project_removed':
      return t('baselines.kind_project_removed');
    case 'stage_changed': {
      const name = (v: string | null) => (isStage(v) ? appT(`stage.${v}`) : (v ?? ''));
      return t('baselines.kind_stage_changed', {
        from: name(change.oldValue),
        to: name(change.newValue),
      });
    }
    case 'schedule_changed':
      return t('baselines.kind_schedule_changed', {
        from: stateText(change.oldValue, appT),
        to: stateText(change.newValue, appT),
      });
    case 'start_moved':
    case 'end_moved':
    case 'deadline_moved':
      return `${task}${t(`baselines.kind_${change.kind}`, {
        from: date(change.oldValue),
        to: date(change.newValue),
      })}`;
    case 'task_added':
      return `${task}${t('baselines.kind_task_added', { to: date(change.newValue) })}`;
  }
}

export interface ChangeSummary {
  later: number;
  earlier: number;
  added: number;
  stages: number;
}

export function summarise(changes: readonly BaselineChange[]): ChangeSummary {
  let later = 0;
  let earlier = 0;
  let added = 0;
  let stages = 0;
  for (const c of changes) {
    if (c.slipDays !== null && c.slipDays > 0) later++;
    if (c.slipDays !== null && c.slipDays < 0) earlier++;
    if (c.kind === 'project_added') added++;
    if (c.kind === 'stage_changed') stages++;
  }
  return { later, earlier, added, stages };
}

export interface ChangeGroup {
  growthAreaId: string | null;
  growthAreaName: string | null;
  changes: BaselineChange[];
}

/** Changes per growth area, in the order the database gave (growth-area order, then project). */
export function groupByArea(changes: readonly BaselineChange[]): ChangeGroup[] {
  const groups = new Map<string | null, ChangeGroup>();
  for (const c of changes) {
    let g = groups.get(c.growthAreaId);
    if (!g) {
      g = { growthAreaId: c.growthAreaId, growthAreaName: c.growthAreaName, changes: [] };
      groups.set(c.growthAreaId, g);
    }
    g.changes.push(c);
  }
  return [...groups.values()];
}
