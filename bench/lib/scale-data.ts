// Scales the demo portfolio up for benchmarks: N generated projects spread over the
// programme's five growth areas, each with its share of tasks (some done, some overdue,
// some upcoming). Runs as the database owner, so triggers fire but RLS does not filter.
import type { Queryable } from '../../supabase/local/database.ts';

export const PROGRAMME_ID = '10000000-0000-4000-8000-000000000001';

export interface ScaleOptions {
  projects: number;
  tasks: number;
}

export async function scaleUp(db: Queryable, { projects, tasks }: ScaleOptions): Promise<void> {
  const perProject = Math.max(1, Math.round(tasks / projects));
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into public.projects
         (programme_id, growth_area_id, slug, name, summary, stage, starts_on, ends_on, published)
       select $1::uuid,
              (select id from public.growth_areas
                 where programme_id = $1::uuid order by sort_order offset (g % 5) limit 1),
              'bench-project-' || g,
              'Benchmark project ' || g,
              'Generated for benchmarks.',
              (array['not_started','planning','implementation','completed']::public.project_stage[])[1 + g % 4],
              date '2025-01-01' + (g % 700),
              date '2025-01-01' + (g % 700) + 200 + (g % 900),
              g % 10 <> 0
         from generate_series(1, $2::int) g`,
      [PROGRAMME_ID, projects],
    );
    await tx.query(
      `insert into public.tasks (project_id, title, due_on, state, completed_on, sort_order)
       select p.id,
              'Task ' || n || ' of ' || p.name,
              p.starts_on + (n * 37) % greatest(1, p.ends_on - p.starts_on),
              case when n % 3 = 0 then 'done' when n % 5 = 0 then 'in_progress' else 'not_started' end::public.task_state,
              case when n % 3 = 0 then p.starts_on + (n * 37) % greatest(1, p.ends_on - p.starts_on) end,
              n
         from public.projects p
         cross join generate_series(1, $1::int) n
        where p.slug like 'bench-project-%'`,
      [perProject],
    );
  });
  await db.exec('analyze');
}
