/*
 * The Excel export: one workbook of what the signed-in user may read (row-level security decides,
 * as for every read) — projects, tasks, contacts, funding and indicator values, a sheet each,
 * headers in the user's language, dates as dates and amounts as numbers. Loaded on demand.
 */
import ExcelJS from 'exceljs';
import type { ExportData } from './queries';
import { vocabulary } from './vocabulary';
import { addTable, day, workbookBuffer } from './workbook';

export function buildExport(data: ExportData, lng: string): ExcelJS.Workbook {
  const v = vocabulary(lng);
  const c = v.columns;
  const e = v.export;
  const yesNo = (value: boolean) => (value ? e.yes : e.no);
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const overview = new Map(data.overview.map((o) => [o.id, o]));

  addTable(
    workbook,
    v.sheets.projects,
    [
      { header: e.programme },
      { header: c.growth_area },
      { header: c.slug },
      { header: c.name },
      { header: c.stage },
      { header: e.schedule },
      { header: e.scheduleNote },
      { header: c.starts_on, kind: 'date' },
      { header: c.ends_on, kind: 'date' },
      { header: e.nextDeadline, kind: 'date' },
      { header: e.published },
      { header: c.summary },
      { header: e.updatedAt, kind: 'date' },
    ],
    data.projects.map((p) => {
      const status = overview.get(p.id)?.effective_schedule_status ?? null;
      return [
        p.programme?.name ?? null,
        p.growth_area?.name ?? null,
        p.slug,
        p.name,
        v.stage[p.stage],
        status ? v.schedule[status] : null,
        p.schedule_note,
        day(p.starts_on),
        day(p.ends_on),
        day(overview.get(p.id)?.next_due_on),
        yesNo(p.published),
        p.summary,
        day(p.updated_at),
      ];
    }),
  );

  addTable(
    workbook,
    v.sheets.tasks,
    [
      { header: c.slug },
      { header: c.name },
      { header: c.task },
      { header: c.due_on, kind: 'date' },
      { header: c.state },
      { header: e.completedOn, kind: 'date' },
      { header: e.milestone },
      { header: e.assignee },
      { header: e.details },
    ],
    data.tasks.map((t) => [
      t.project?.slug ?? null,
      t.project?.name ?? null,
      t.title,
      day(t.due_on),
      v.state[t.state],
      day(t.completed_on),
      yesNo(t.is_milestone),
      t.assignee?.full_name ?? null,
      t.details,
    ]),
  );

  addTable(
    workbook,
    v.sheets.contacts,
    [
      { header: c.slug },
      { header: c.name },
      { header: e.person },
      { header: e.title },
      { header: e.organisation },
      { header: e.email },
      { header: e.role },
      { header: e.primary },
    ],
    data.contacts.map((k) => [
      k.project?.slug ?? null,
      k.project?.name ?? null,
      k.person?.full_name ?? null,
      k.person?.title ?? null,
      k.person?.organisation ?? null,
      k.person?.email ?? null,
      k.role,
      yesNo(k.is_primary),
    ]),
  );

  addTable(
    workbook,
    v.sheets.funding,
    [
      { header: c.slug },
      { header: c.name },
      { header: e.instrument },
      { header: e.fundingState },
      { header: e.amount, kind: 'money' },
      { header: e.appliedOn, kind: 'date' },
      { header: e.decidedOn, kind: 'date' },
      { header: e.note },
    ],
    data.funding.map((f) => [
      f.project?.slug ?? null,
      f.project?.name ?? null,
      f.instrument,
      v.funding[f.state],
      f.amount === null ? null : Number(f.amount),
      day(f.applied_on),
      day(f.decided_on),
      f.note,
    ]),
  );

  addTable(
    workbook,
    v.sheets.indicators,
    [
      { header: e.indicator },
      { header: e.unit },
      { header: e.measuredOn, kind: 'date' },
      { header: e.value, kind: 'number' },
      { header: e.note },
    ],
    data.indicatorValues.map((i) => [
      i.indicator?.name ?? null,
      i.indicator?.unit ?? null,
      day(i.measured_on),
      Number(i.value),
      i.note,
    ]),
  );
  return workbook;
}

export function exportBuffer(data: ExportData, lng: string): Promise<ArrayBuffer> {
  return workbookBuffer(buildExport(data, lng));
}
