// The import and the export's reads against the real local stack (PGlite behind the gateway,
// seeded), signed in as the demo users: row-level security decides what is imported and read.
import { describe, expect, it } from 'vitest';
import { seededStackForFile } from '@/test/seeded-stack';
import { isPostgrestError } from '@/lib/errors';
import { fetchExport, runImport } from './queries';
import { compactPayload, payloadBytes } from './payload';
import { filterExport, OTHER } from './export-filter';
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

/** A realistic big workbook: 1,250 projects with four tasks each, 5,000 task rows. */
function bigFile(): ImportPayload {
  const projects: ImportPayload['projects'] = [];
  const tasks: ImportPayload['tasks'] = [];
  for (let p = 0; p < 1250; p++) {
    const slug = `iso-tuonti-${p}`;
    projects.push({
      row: 2 + p * 4,
      slug,
      name: `Isosta tiedostosta tuotu hanke numero ${p}`,
      growth_area: 'Luovat alat',
      stage: 'planning',
      starts_on: '2026-01-01',
      ends_on: '2028-12-31',
      summary: `Hanke ${p} edistää kaupungin elinvoimaa yhdessä yritysten, oppilaitosten ja asukkaiden kanssa.`,
    });
    for (let t = 0; t < 4; t++) {
      tasks.push({
        row: 2 + p * 4 + t,
        project_slug: slug,
        title: `Välitavoite ${t + 1}: selvitys, hankinta ja raportointi ohjausryhmälle`,
        due_on: `2027-0${t + 1}-15`,
        state: 'not_started',
      });
    }
  }
  return { projects, tasks };
}

describe('a big import', () => {
  it('imports 5,000 rows whose JSON is over the 1 MB body limit, in parts and one transaction', async () => {
    const big = bigFile();
    expect(payloadBytes(compactPayload(big))).toBeGreaterThan(1024 * 1024);
    const director = await stack.as('director');
    const preview = await runImport(director, PROGRAMME, big, true);
    expect([preview.created, preview.updated, preview.unchanged]).toEqual([6250, 0, 0]);
    expect(preview.tasks).toHaveLength(5000);
    const done = await runImport(director, PROGRAMME, big, false);
    expect(done.created).toBe(6250);
    const { rows } = await stack.gw.db.query<{ n: number; parts: number }>(
      "select (select count(*)::int from public.tasks t join public.projects p on p.id = t.project_id where p.slug like 'iso-tuonti-%') as n, (select count(*)::int from public.import_uploads) as parts",
    );
    expect(rows[0]).toEqual({ n: 5000, parts: 0 });
  });

  it('refuses the whole big file when a row of a later part has a problem', async () => {
    const big = bigFile();
    big.projects.push({ ...big.projects[0]!, row: 9999, name: 'Kaksoiskappale' });
    const director = await stack.as('director');
    const refused = await runImport(director, PROGRAMME, big, false).catch((e: unknown) => e);
    expect(isPostgrestError(refused) && refused.code).toBe('22023');
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

  it("holds only what the page's filters show: growth area, lead, stage, status, name", async () => {
    const all = await fetchExport(await stack.as('director'));
    const area = all.overview.find((o) => o.growth_area_id !== null)?.growth_area_id ?? null;
    const inArea = filterExport(all, { area });
    expect(inArea.projects.length).toBeGreaterThan(0);
    expect(inArea.projects.length).toBeLessThan(all.projects.length);
    const ids = new Set(inArea.projects.map((p) => p.id));
    const areaOf = new Map(all.overview.map((o) => [o.id, o.growth_area_id]));
    for (const p of inArea.projects) expect(areaOf.get(p.id)).toBe(area);
    expect(inArea.tasks.length).toBeGreaterThan(0);
    for (const t of inArea.tasks) expect(ids.has(t.project_id)).toBe(true);
    for (const f of inArea.funding) expect(ids.has(f.project_id)).toBe(true);
    for (const c of inArea.contacts) expect(ids.has(c.project_id)).toBe(true);
    expect(inArea.tasks.length).toBe(all.tasks.filter((t) => ids.has(t.project_id)).length);

    const lead = all.overview.find((o) => o.lead_person_id)?.lead_person_id ?? null;
    const led = filterExport(all, { lead });
    expect(led.projects.length).toBeGreaterThan(0);
    for (const o of led.overview) expect(o.lead_person_id).toBe(lead);

    const late = filterExport(all, { status: 'late', stage: 'implementation' });
    for (const o of late.overview) {
      expect([o.effective_schedule_status, o.stage]).toEqual(['late', 'implementation']);
    }
    const named = filterExport(all, { text: 'KIERTOTALOT' });
    expect(named.projects.map((p) => p.slug)).toContain('kiertotalot');
    const other = filterExport(all, { area: OTHER });
    for (const o of other.overview) expect(o.growth_area_id).toBeNull();
    expect(filterExport(all, {})).toBe(all);
  });
});
