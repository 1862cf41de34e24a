// The import and the export's reads against the real local stack (PGlite behind the gateway,
// seeded), signed in as the demo users: row-level security decides what is imported and read.
import { describe, expect, it } from 'vitest';
import { seededStackForFile } from '@/test/seeded-stack';
import { isPostgrestError } from '@/lib/errors';
import { fetchExport, runImport } from './queries';
import type { ImportPayload } from './validate';

const PROGRAMME = '10000000-0000-4000-8000-000000000001'; // Elinvoimaohjelma 2025–2029

const stack = seededStackForFile();

const file: ImportPayload = {
  projects: [
    {
      row: 2,
      slug: 'kiertotalot',
      name: 'Kiertotalot',
      growth_area: null,
      stage: 'completed',
      starts_on: null,
      ends_on: null,
      summary: null,
    },
    {
      row: 3,
      slug: 'tuotu-db-testista',
      name: 'Tuotu db-testistä',
      growth_area: 'Luovat alat',
      stage: null,
      starts_on: '2026-01-01',
      ends_on: '2026-12-31',
      summary: null,
    },
  ],
  tasks: [
    {
      row: 2,
      project_slug: 'kiertotalot',
      title: 'Pilottikohteen valinta',
      due_on: '2027-02-01',
      state: null,
    },
    {
      row: 3,
      project_slug: 'tuotu-db-testista',
      title: 'Aloitus',
      due_on: null,
      state: 'in_progress',
    },
  ],
};

describe('the spreadsheet import through the API', () => {
  it('refuses a lead a file that touches a project they do not lead, writing nothing', async () => {
    const lead2 = await stack.as('lead2');
    const refused = await runImport(lead2, PROGRAMME, file, false).catch((e: unknown) => e);
    expect(isPostgrestError(refused) && refused.code).toBe('42501');
    const { rows } = await stack.gw.db.query(
      "select 1 from public.projects where slug = 'tuotu-db-testista'",
    );
    expect(rows).toHaveLength(0);
  });

  it('previews, imports and re-imports as the director', async () => {
    const director = await stack.as('director');
    const preview = await runImport(director, PROGRAMME, file, true);
    expect([preview.created, preview.updated, preview.unchanged]).toEqual([2, 2, 0]);
    expect(preview.projects.map((p) => p.action)).toEqual(['update', 'create']);

    const done = await runImport(director, PROGRAMME, file, false);
    expect([done.created, done.updated, done.unchanged]).toEqual([2, 2, 0]);
    const again = await runImport(director, PROGRAMME, file, true);
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 4]);
  });
});

describe('the Excel export reads', () => {
  it('holds what the user may read: drafts for the director, not for a signed-in user without a role', async () => {
    const director = await fetchExport(await stack.as('director'));
    const staff = await fetchExport(await stack.as('staff'));
    const draft = 'hyvinvointidatan-yhteiskehittamo';
    expect(director.projects.map((p) => p.slug)).toContain(draft);
    expect(staff.projects.map((p) => p.slug)).not.toContain(draft);
    expect(staff.projects.length).toBeGreaterThan(0);
    expect(director.tasks.length).toBeGreaterThan(staff.tasks.length);
    expect(director.funding.some((f) => f.amount !== null)).toBe(true);
  });
});
