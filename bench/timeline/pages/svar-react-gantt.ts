import { Gantt, Willow, type ITask } from '@svar-ui/react-gantt';
import '@svar-ui/react-gantt/all.css';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { TimelineData } from '../../../src/features/timeline/model';
import { setUpBench } from './harness';

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00`);
}

/** The same tree as Salkku's expanded timeline, as SVAR parent/child tasks. */
function toSvar(data: TimelineData): ITask[] {
  const out: ITask[] = [];
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
      text: area.name,
      start: day(starts[0] ?? '2025-01-01'),
      end: day(ends[ends.length - 1] ?? '2029-12-31'),
      type: 'summary',
      open: true,
      progress: 0,
    });
    for (const p of projects) {
      out.push({
        id: p.id,
        text: p.name,
        start: day(p.starts_on ?? '2025-01-01'),
        end: day(p.ends_on ?? '2029-12-31'),
        type: 'task',
        parent: area.id,
        open: true,
        progress: 0,
      });
      for (const task of tasksByProject.get(p.id) ?? []) {
        const due = day(task.due_on ?? p.ends_on ?? '2029-12-31');
        out.push({
          id: task.id,
          text: task.title,
          start: due,
          end: due,
          duration: 0,
          type: task.is_milestone ? 'milestone' : 'task',
          parent: p.id,
          progress: 0,
        });
      }
    }
  }
  return out;
}

// SVAR's layout fills its parent (height: 100%); its theme wrappers must pass the height on.
const style = document.createElement('style');
style.textContent = '.wx-willow-theme { height: 100%; }';
document.head.append(style);

setUpBench((container, data) => {
  const tasks = toSvar(data);
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      createElement(
        'div',
        { style: { height: '700px' } },
        createElement(
          Willow,
          { fonts: false },
          createElement(Gantt, {
            tasks,
            links: [],
            readonly: true,
            scales: [
              { unit: 'year', step: 1, format: 'yyyy' },
              { unit: 'month', step: 1, format: 'MMM' },
            ],
            cellWidth: 150,
            start: new Date(2025, 0, 1),
            end: new Date(2030, 0, 1),
          }),
        ),
      ),
    ),
  );
}, '.wx-bar');
