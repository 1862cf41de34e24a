-- reorder_tasks(): a project's tasks are renumbered in one go, by its members and directors
-- only; bad lists are refused with a clear SQLSTATE and change nothing.
create extension if not exists pgtap with schema extensions;

begin;
select plan(10);

-- Kiertotalot (lead@): tasks …104 (sort 4) and …105 (sort 5). Project B is lead2@'s.
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000003", "role": "authenticated"}';
select is(
  public.reorder_tasks('30000000-0000-4000-8000-000000000001',
    array['40000000-0000-4000-8000-000000000105', '40000000-0000-4000-8000-000000000104']::uuid[]),
  2,
  'the lead swaps two of Kiertotalot''s tasks (both renumbered)'
);
select results_eq(
  $$ select id, sort_order from public.tasks
     where id in ('40000000-0000-4000-8000-000000000104', '40000000-0000-4000-8000-000000000105')
     order by sort_order $$,
  $$ values ('40000000-0000-4000-8000-000000000105'::uuid, 1), ('40000000-0000-4000-8000-000000000104'::uuid, 2) $$,
  'the tasks now have the order given'
);
select is(
  (select version from public.tasks where id = '40000000-0000-4000-8000-000000000105'),
  2,
  'a renumbered task gets a new version, so an open edit form notices'
);
select is(
  public.reorder_tasks('30000000-0000-4000-8000-000000000001',
    array['40000000-0000-4000-8000-000000000105', '40000000-0000-4000-8000-000000000104']::uuid[]),
  0,
  'repeating the same order writes nothing'
);
select throws_ok(
  $$ select public.reorder_tasks('30000000-0000-4000-8000-000000000001', array[]::uuid[]) $$,
  '22023', 'Give between 1 and 1000 task ids', 'an empty list is refused'
);
select throws_ok(
  $$ select public.reorder_tasks('30000000-0000-4000-8000-000000000001',
       array['40000000-0000-4000-8000-000000000104', '40000000-0000-4000-8000-000000000104']::uuid[]) $$,
  '22023', 'Each task may appear once', 'a repeated task is refused'
);
select throws_ok(
  $$ select public.reorder_tasks('30000000-0000-4000-8000-000000000001',
       array['40000000-0000-4000-8000-000000000104', '40000000-0000-4000-8000-000000000401']::uuid[]) $$,
  '22023', 'Every task must be a task of the project', 'a task of another project is refused'
);
select throws_ok(
  format(
    'select public.reorder_tasks(%L, array[%s]::uuid[])',
    '30000000-0000-4000-8000-000000000003',
    (select string_agg(quote_literal(id), ', ' order by sort_order desc) from public.tasks
      where project_id = '30000000-0000-4000-8000-000000000003')
  ),
  '42501', 'Not allowed to reorder this project''s tasks', 'the lead cannot reorder project B''s tasks'
);
select is(
  (select count(*)::integer from public.tasks
    where project_id = '30000000-0000-4000-8000-000000000003' and version > 1),
  0,
  'and project B''s tasks are untouched'
);

set local role anon;
set local request.jwt.claims to '{"role": "anon"}';
select throws_ok(
  $$ select public.reorder_tasks('30000000-0000-4000-8000-000000000001',
       array['40000000-0000-4000-8000-000000000104']::uuid[]) $$,
  '42501', null, 'anonymous visitors cannot call it'
);

select * from finish();
rollback;
