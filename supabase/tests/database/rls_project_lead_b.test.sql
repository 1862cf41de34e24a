-- The lead of project B (lead2@salkku.test, Arabian kiertotaloushubi) edits B and cannot touch
-- project A (Kiertotalot) or its tasks and contacts — the mirror image of rls_project_lead.
create extension if not exists pgtap with schema extensions;

begin;
select plan(20);
set local role authenticated;
set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000005", "role": "authenticated"}';
select results_eq($$ select project_id from public.project_members $$, $$ values ('30000000-0000-4000-8000-000000000003'::uuid) $$, 'lead B reads only their own membership');
select is((select count(*)::integer from (select 1 from public.tasks where project_id = '30000000-0000-4000-8000-000000000001') q), 5, 'lead B reads project A''s tasks (A is published)');
with x as (update public.projects set summary = 'Uusi kuvaus' where id = '30000000-0000-4000-8000-000000000003' returning 1)
select is(count(*)::integer, 1, 'lead B edits project B') from x;
with x as (update public.tasks set state = 'in_progress' where id = '40000000-0000-4000-8000-000000000303' returning 1)
select is(count(*)::integer, 1, 'lead B starts a task of project B') from x;
select lives_ok($$ insert into public.tasks (project_id, title) values ('30000000-0000-4000-8000-000000000003', 'Uusi tehtävä') $$, 'lead B adds a task to project B');
with x as (update public.projects set summary = 'Kaapattu' where id = '30000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'lead B updates no row of project A') from x;
with x as (update public.projects set name = 'Kaapattu' where id = '30000000-0000-4000-8000-000000000002' returning 1)
select is(count(*)::integer, 0, 'lead B updates no row of lead A''s other project') from x;
with x as (update public.tasks set state = 'done', completed_on = '2026-11-22' where id = '40000000-0000-4000-8000-000000000104' returning 1)
select is(count(*)::integer, 0, 'lead B cannot complete project A''s task') from x;
with x as (delete from public.tasks where project_id = '30000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'lead B deletes no task of project A') from x;
select throws_ok($$ insert into public.tasks (project_id, title) values ('30000000-0000-4000-8000-000000000001', 'Kaapattu') $$, '42501', null, 'lead B cannot add a task to project A');
select throws_ok($$ update public.tasks set project_id = '30000000-0000-4000-8000-000000000001' where id = '40000000-0000-4000-8000-000000000302' $$, '42501', null, 'lead B cannot push a task into project A');
with x as (update public.project_contacts set is_primary = false where project_id = '30000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'lead B updates no contact of project A') from x;
with x as (delete from public.project_contacts where project_id = '30000000-0000-4000-8000-000000000001' returning 1)
select is(count(*)::integer, 0, 'lead B removes no contact of project A') from x;
select throws_ok($$ insert into public.project_contacts (project_id, person_id) values ('30000000-0000-4000-8000-000000000001', '50000000-0000-4000-8000-000000000008') $$, '42501', null, 'lead B cannot add a contact to project A');
select throws_ok($$ insert into public.project_members (project_id, user_id, role) values ('30000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000005', 'editor') $$, '42501', null, 'lead B cannot make themselves a member of project A');
with x as (update public.project_members set project_id = '30000000-0000-4000-8000-000000000001' where user_id = 'a0000000-0000-4000-8000-000000000005' returning 1)
select is(count(*)::integer, 0, 'lead B cannot move their membership to project A') from x;
select throws_ok($$ update public.projects set published = false where id = '30000000-0000-4000-8000-000000000003' $$, '42501', null, 'lead B cannot unpublish project B');
reset role;
select is((select row(summary, version)::text from public.projects where id = '30000000-0000-4000-8000-000000000001'), row('Kiertotalot-hankkeessa edistetään rakennusosien uudelleenkäyttöä purku- ja korjauskohteissa.', 1)::text, 'project A is unchanged');
select is((select state::text from public.tasks where id = '40000000-0000-4000-8000-000000000104'), 'not_started', 'project A''s task is unchanged');
select is((select count(*)::integer from public.project_contacts where project_id = '30000000-0000-4000-8000-000000000001'), 2, 'project A''s contacts are unchanged');

select * from finish();
rollback;
