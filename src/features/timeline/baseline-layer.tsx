/**
 * A baseline beside the current plan (issue #15 §4), loaded only once someone may compare:
 * `applyBaseline` words each row's slip into the data the chart, the table, the agenda and the
 * print already read (a project's reason line, a moved item's name), so the screen-reader label,
 * the tooltip and the table say it; `BaselineBars` draws the baseline's dates as a dashed strip
 * under each bar and a hollow diamond at a task's old deadline (a shape, never only a colour).
 * The chart only offers the `overlay` slot and where a date lies; this module imports nothing
 * else of the timeline at run time, so it stays out of the timeline's first download.
 */
import type { ReactNode } from 'react';
import type { TimelineData } from './model';
import type { TimelineWindow } from './window';

/** What the layer needs of a baseline: its dates by live project and task id. */
export interface BaselinePlan {
  projects: ReadonlyMap<string, { startsOn: string | null; endsOn: string | null }>;
  tasks: ReadonlyMap<string, { dueOn: string | null }>;
}

export interface BaselineWords {
  /** "baseline Q1: 1.1.2025–31.12.2027, 31 days later" (from is null for a deadline). */
  note: (from: string | null, to: string | null, slipDays: number | null) => string;
  /** "baseline Q1: not in it (new)" */
  added: string;
}

/** What the timeline route draws with: the data in words and the bars. */
export interface BaselineLayer {
  data: TimelineData;
  overlay: (win: TimelineWindow, x: (iso: string) => number) => ReactNode;
}

/** Days from ISO date a to b (positive: b is later), or null when either is missing. */
export function slipDays(a: string | null, b: string | null): number | null {
  return a && b ? Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000) : null;
}

/** The data with each project's and each moved or new task's baseline in words. */
export function applyBaseline(
  data: TimelineData,
  plan: BaselinePlan,
  words: BaselineWords,
): TimelineData {
  const projects = data.projects.map((p) => {
    const was = plan.projects.get(p.id);
    if (!was) {
      return {
        ...p,
        name: `${p.name} (${words.added})`,
        schedule_reason: [p.schedule_reason, words.added].filter(Boolean).join(' — '),
      };
    }
    const slip = slipDays(was.endsOn, p.ends_on) ?? slipDays(was.startsOn, p.starts_on);
    const moved = was.startsOn !== p.starts_on || was.endsOn !== p.ends_on;
    const note = words.note(was.startsOn, was.endsOn, slip);
    return {
      ...p,
      name: moved ? `${p.name} (${note})` : p.name,
      schedule_reason: [p.schedule_reason, note].filter(Boolean).join(' — '),
    };
  });
  const tasks = data.tasks.map((t) => {
    const was = plan.tasks.get(t.id);
    if (!was) return { ...t, title: `${t.title} (${words.added})` };
    if (was.dueOn === t.due_on) return t;
    return {
      ...t,
      title: `${t.title} (${words.note(null, was.dueOn, slipDays(was.dueOn, t.due_on))})`,
    };
  });
  return { ...data, projects, tasks };
}

/** The baseline's bars for the rows in view, in the chart's overlay (time-axis coordinates). */
export function BaselineBars({
  win,
  x,
  plan,
}: {
  win: TimelineWindow;
  x: (iso: string) => number;
  plan: BaselinePlan;
}) {
  const bars: ReactNode[] = [];
  for (const vr of win.rows) {
    const { row } = vr;
    if (row.kind === 'project' && row.project) {
      const was = plan.projects.get(row.project.id);
      if (!was?.startsOn || !was.endsOn) continue;
      const left = x(was.startsOn);
      // The end day is drawn to its end, like the bars.
      const right = x(was.endsOn) + (x('1970-01-02') - x('1970-01-01'));
      bars.push(
        <div
          key={row.key}
          className="tl-baseline-bar"
          style={{ top: vr.y, left, width: Math.max(right - left, 2) }}
        />,
      );
    } else if (row.kind === 'task' && row.task) {
      const was = plan.tasks.get(row.task.id);
      if (!was?.dueOn || was.dueOn === row.task.due_on) continue;
      bars.push(
        <div
          key={row.key}
          className="tl-baseline-mark"
          style={{ top: vr.y, left: x(was.dueOn) }}
        />,
      );
    }
  }
  return <div aria-hidden="true">{bars}</div>;
}
