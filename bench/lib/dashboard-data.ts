// The dashboard benchmarks' portfolio: the demo seed scaled up to N projects and tasks, each
// generated project with a main contact, and every fifth an application awaiting a decision, as
// a real portfolio has, so the lead columns and the funding list do work. Runs as the owner.
import type { Queryable } from '../../supabase/local/database.ts';
import { scaleUp, type ScaleOptions } from './scale-data.ts';

export async function dashboardPortfolio(db: Queryable, size: ScaleOptions): Promise<void> {
  await scaleUp(db, size);
  await db.exec(`
    insert into public.project_contacts (project_id, person_id, is_primary, sort_order)
    select p.id, pe.id, true, 1
      from (select id, row_number() over (order by slug) as n from public.projects where slug like 'bench-project-%') p
      join (select id, row_number() over (order by id) - 1 as k from public.people) pe
        on pe.k = p.n % (select count(*) from public.people);
    insert into public.project_funding (project_id, instrument, state, amount, applied_on)
    select id, 'EAKR', 'applied', 100000, date '2026-01-01' + (row_number() over (order by slug))::int % 300
      from public.projects where slug like 'bench-project-%' and slug ~ '[05]$';
    analyze;
  `);
}
