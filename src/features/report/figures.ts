import { stages, type Stage } from '@/lib/domain';
import type { ReportProject, ReportState } from './queries';

export interface Figures {
  projects: number;
  states: Record<ReportState, number>;
  stages: Record<Stage, number>;
  overdueTasks: number;
}

/** Headline figures of a set of projects (the whole programme or one growth area). */
export function figuresOf(projects: readonly ReportProject[]): Figures {
  const states: Record<ReportState, number> = {
    on_schedule: 0,
    late: 0,
    not_pursued: 0,
    not_started: 0,
  };
  const byStage = Object.fromEntries(stages.map((s) => [s, 0])) as Record<Stage, number>;
  let overdueTasks = 0;
  for (const p of projects) {
    states[p.state]++;
    byStage[p.stage]++;
    overdueTasks += p.overdueTasks;
  }
  return { projects: projects.length, states, stages: byStage, overdueTasks };
}

/** Left offset and width (percent of the span) of a bar from..to inside start..end. */
export function barGeometry(
  from: string | null,
  to: string | null,
  start: string,
  end: string,
): { left: number; width: number } | null {
  if (!from && !to) return null;
  const t0 = Date.parse(start);
  const t1 = Date.parse(end);
  const a = Math.max(Date.parse(from ?? start), t0);
  const b = Math.min(Date.parse(to ?? end), t1);
  if (!(t1 > t0) || b < a) return null;
  const left = ((a - t0) / (t1 - t0)) * 100;
  const width = Math.max(((b - a) / (t1 - t0)) * 100, 0.8);
  return { left, width: Math.min(width, 100 - left) };
}
