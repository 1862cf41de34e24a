-- Exports in the reader's language (#14 §1): the dashboard's CSV lists and the e-mails.
--
-- * dashboard_deadlines, funding_awaiting_decision and status_update_due gain the Swedish and
--   English project names (and task titles / funding notes) as their last columns, so the
--   dashboard shows and exports them in the UI language with the usual Finnish fallback
--   (src/lib/translated.ts). `create or replace view` may only append columns: the rest of
--   each view is restated unchanged (supabase/schemas/views/ follows).
-- * Mails: the reminder rules put the Finnish project name and task title into each
--   notification's payload. Rather than restating those rule functions, a trigger on
--   mail_outbox adds `project_name_sv/_en` and `task_title_sv/_en` to every item of a Swedish
--   or English mail, read from the project and task rows the item names (project_id, task_id), as the mail is queued. The renderer
--   (supabase/functions/_shared/mail/render.ts) picks the mail's language and falls back to the
--   Finnish text marked lang="fi".

create or replace view public.dashboard_deadlines
with (security_invoker = true)
as
select
  t.id,
  t.project_id,
  p.slug as project_slug,
  p.name as project_name,
  p.growth_area_id,
  p.published as project_published,
  lead.person_id as lead_person_id,
  lead.full_name as lead_name,
  t.title,
  t.due_on,
  t.state,
  t.is_milestone,
  t.assignee_person_id,
  assignee.full_name as assignee_name,
  t.due_on < cfg.today as is_overdue,
  cfg.today - t.due_on as days_late,
  p.name_sv as project_name_sv,
  p.name_en as project_name_en,
  t.title_sv,
  t.title_en
from public.tasks t
cross join private.dashboard_config() cfg
join public.projects p on p.id = t.project_id
left join public.people assignee on assignee.id = t.assignee_person_id
left join lateral (
  select c.person_id, pe.full_name
  from public.project_contacts c
  join public.people pe on pe.id = c.person_id
  where c.project_id = p.id and c.is_primary
) lead on true
where t.state in ('not_started', 'in_progress')
  and t.due_on < cfg.today + coalesce(cfg.upcoming_days, 0) + 1
  -- A completed project's leftover tasks are not the director's problem (nor late: see
  -- project_overview); the project page still lists them.
  and p.stage <> 'completed';

comment on view public.dashboard_deadlines is
  'Open tasks (not started or in progress) of unfinished projects that are overdue or due within '
  'dashboard_settings.upcoming_days from today (private.today()). Order by due_on: overdue ones, '
  'oldest first, come first. Rows follow the tasks'' row-level security.';

create or replace view public.funding_awaiting_decision
with (security_invoker = true)
as
select
  f.id,
  f.project_id,
  p.slug as project_slug,
  p.name as project_name,
  p.growth_area_id,
  p.published as project_published,
  lead.person_id as lead_person_id,
  lead.full_name as lead_name,
  f.instrument,
  f.amount,
  f.applied_on,
  f.follow_up_id,
  coalesce(fu.name, fp.name) as follow_up_name,
  f.note,
  cfg.today - f.applied_on as days_waiting,
  p.name_sv as project_name_sv,
  p.name_en as project_name_en,
  f.note_sv,
  f.note_en
from public.project_funding f
cross join private.dashboard_config() cfg
join public.projects p on p.id = f.project_id
left join public.project_follow_ups fu on fu.id = f.follow_up_id
left join public.projects fp on fp.id = fu.follow_up_project_id
left join lateral (
  select c.person_id, pe.full_name
  from public.project_contacts c
  join public.people pe on pe.id = c.person_id
  where c.project_id = p.id and c.is_primary
) lead on true
where f.state = 'applied';

comment on view public.funding_awaiting_decision is
  'Funding applications of projects (or their follow-ups) still waiting for a decision '
  '(state = applied: hakemusvaiheessa, ei päätöstä rahoituksesta). Rows follow the funding '
  'rows'' row-level security.';


create or replace view public.status_update_due
with (security_invoker = true)
as
select
  p.id as project_id,
  p.slug as project_slug,
  p.name as project_name,
  p.growth_area_id,
  s.status_update_cadence as cadence,
  lu.last_update_at,
  b.since_on,
  (b.since_on + case s.status_update_cadence when 'weekly' then interval '7 days'
     when 'quarterly' then interval '3 months' else interval '1 month' end)::date as next_due_on,
  private.status_update_periods(b.since_on, private.today(), s.status_update_cadence) >= 1 as is_due,
  p.name_sv as project_name_sv,
  p.name_en as project_name_en
from public.projects p
join public.reminder_settings s on s.programme_id = p.programme_id
left join (
  select u.project_id, max(u.created_at) as last_update_at from public.status_updates u group by u.project_id
) lu on lu.project_id = p.id
cross join lateral (
  select coalesce(lu.last_update_at, p.created_at)::date as since_on
) b
where p.stage <> 'completed' and p.schedule_status is distinct from 'not_pursued';

-- The mail's language for the names its items carry (see the header).
create function private.translate_mail_payload()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.locale in ('sv', 'en') and jsonb_typeof(new.payload -> 'items') = 'array' then
    new.payload := jsonb_set(new.payload, '{items}', (
      select coalesce(jsonb_agg(
        case when jsonb_typeof(i.item -> 'payload') = 'object' then
          jsonb_set(i.item, '{payload}', (i.item -> 'payload') || jsonb_strip_nulls(jsonb_build_object(
            'project_name_sv', p.name_sv, 'project_name_en', p.name_en,
            'task_title_sv', t.title_sv, 'task_title_en', t.title_en)))
        else i.item end
        order by i.ord), '[]'::jsonb)
      from jsonb_array_elements(new.payload -> 'items') with ordinality as i (item, ord)
      left join public.projects p
        on p.id = case when (i.item ->> 'project_id') ~ '^[0-9a-fA-F-]{36}$' then (i.item ->> 'project_id')::uuid end
      left join public.tasks t
        on t.id = case when (i.item ->> 'task_id') ~ '^[0-9a-fA-F-]{36}$' then (i.item ->> 'task_id')::uuid end
    ));
  end if;
  return new;
end;
$$;
comment on function private.translate_mail_payload() is
  'Before insert on mail_outbox: adds the Swedish and English project names and task titles to '
  'the items of a Swedish or English mail, so the renderer writes the reader''s language.';
revoke all on function private.translate_mail_payload() from public;

create trigger mail_outbox_translate
before insert on public.mail_outbox
for each row execute function private.translate_mail_payload();
