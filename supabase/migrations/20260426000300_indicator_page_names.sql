-- The indicator page in the reader's language (#14 §1): indicator_page() named its scope (the
-- programme, growth area or project) and its contributing projects by their Finnish names only,
-- so a Swedish or English indicator page listed Finnish project names with nothing marking them.
-- Restated with each name's Swedish and English translations (NULL = not translated) beside it;
-- the page picks the reader's language and marks the Finnish fallback (src/lib/translated.ts).
-- Otherwise unchanged from 20260422000000_indicator_status_set_based.sql (security invoker: the
-- caller's row-level security decides what comes back).
create or replace function public.indicator_page(p_indicator_id uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'indicator', to_jsonb(i),
    'scope', jsonb_build_object(
      'programme', (select jsonb_build_object('id', g.id, 'slug', g.slug, 'name', g.name,
                      'name_sv', g.name_sv, 'name_en', g.name_en)
                    from public.programmes g where g.id = i.programme_id),
      'growth_area', (select jsonb_build_object('id', a.id, 'slug', a.slug, 'name', a.name, 'color', a.color,
                        'name_sv', a.name_sv, 'name_en', a.name_en)
                      from public.growth_areas a where a.id = i.growth_area_id),
      'project', (select jsonb_build_object('id', p.id, 'slug', p.slug, 'name', p.name,
                    'name_sv', p.name_sv, 'name_en', p.name_en)
                  from public.projects p where p.id = i.project_id)
    ),
    'status', s.status,
    'reason', s.reason,
    'today', private.today(),
    'goals', coalesce((
      select jsonb_agg(jsonb_build_object('id', g.id, 'year', g.year, 'value', g.value, 'version', g.version)
        order by g.year)
      from public.indicator_goals g where g.indicator_id = i.id), '[]'::jsonb),
    'values', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', v.id, 'measured_on', v.measured_on, 'value', v.value, 'note', v.note,
          'entered_by_name', (select n.full_name from private.account_names() n where n.user_id = v.entered_by),
          'updated_at', v.updated_at, 'version', v.version)
        order by v.measured_on)
      from public.indicator_values v where v.indicator_id = i.id), '[]'::jsonb),
    -- the expected path as points to draw: the baseline, then each goal at 31.12
    'path', coalesce((
      select jsonb_agg(jsonb_build_object('on', k.on_date, 'value', k.value, 'kind', k.kind) order by k.on_date)
      from (
        select i.baseline_on as on_date, i.baseline_value as value, 'baseline' as kind where i.baseline_on is not null
        union all
        select make_date(g.year, 12, 31), g.value, 'goal' from public.indicator_goals g where g.indicator_id = i.id
      ) k), '[]'::jsonb),
    'projects', coalesce((
      select jsonb_agg(jsonb_build_object('id', p.id, 'slug', p.slug, 'name', p.name,
          'name_sv', p.name_sv, 'name_en', p.name_en) order by p.name)
      from public.indicator_projects l join public.projects p on p.id = l.project_id
      where l.indicator_id = i.id), '[]'::jsonb),
    'can_enter_values', (select private.is_director())
      or i.id in (select private.member_indicator_ids()),
    'can_manage', (select private.is_director())
  )
  from public.indicators i
  -- the one indicator row-level security let through above
  left join private.indicator_status_rows(private.today(), array[p_indicator_id]) s on s.indicator_id = i.id
  where i.id = p_indicator_id
$$;

comment on function public.indicator_page(uuid) is
  'Everything an indicator page shows, in one request: the indicator, its scope, status and reason '
  'today, goals, values (with who entered them), the expected path''s points, contributing '
  'projects (names with their Swedish and English translations; NULL = not translated), and whether the caller may enter values (can_enter_values) or edit goals (can_manage). '
  'NULL when the indicator does not exist or the caller cannot read it.';
