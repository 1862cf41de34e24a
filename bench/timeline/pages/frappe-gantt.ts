import Gantt, { type FrappeTask } from 'frappe-gantt';
import 'frappe-gantt-css';
import type { TimelineData } from '../../../src/features/timeline/model';
import { setUpBench } from './harness';

/** The same rows as Salkku's expanded timeline: growth area, its projects, their tasks. */
function toFrappe(data: TimelineData): FrappeTask[] {
  const out: FrappeTask[] = [];
  const tasksByProject = new Map<string, TimelineData['tasks'][number][]>();
  for (const task of data.tasks) {
    const list = tasksByProject.get(task.project_id) ?? [];
    list.push(task);
    tasksByProject.set(task.project_id, list);
  }
  for (const area of data.growthAreas) {
    const projects = data.projects.filter((p) => p.growth_area_id === area.id);
    const starts = projects.map((p) => p.starts_on ?? '2025-01-01').sort();
    const ends = projects.map((p) => p.ends_on ?? '2029-12-31').sort();
    out.push({
      id: area.id,
      name: area.name,
      start: starts[0] ?? '2025-01-01',
      end: ends[ends.length - 1] ?? '2029-12-31',
      progress: 0,
    });
    for (const p of projects) {
      out.push({
        id: p.id,
        name: p.name,
        start: p.starts_on ?? '2025-01-01',
        end: p.ends_on ?? '2029-12-31',
        progress: 0,
        custom_class: `stage-${p.stage}`,
      });
      for (const task of tasksByProject.get(p.id) ?? []) {
        const due = task.due_on ?? p.ends_on ?? '2029-12-31';
        out.push({ id: task.id, name: task.title, start: due, end: due, progress: 0 });
      }
    }
  }
  return out;
}

setUpBench((container, data) => {
  new Gantt(container, toFrappe(data), {
    view_mode: 'Month',
    container_height: 700,
    readonly: true,
    scroll_to: 'start',
  });
}, '.bar-wrapper');
