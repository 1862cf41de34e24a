-- A big import in parts (issue #15 §1): the API takes request bodies up to 1 MB (the local
-- gateway, like a hosted project's gateway, refuses larger ones with 413), and a realistic
-- workbook of 5,000+ rows is more than that as JSON. The limit stays as it is for every request;
-- instead the app sends a big file's rows in parts of well under 1 MB each into import_uploads
-- (one row per part, the caller's own), then calls import_portfolio_upload, which joins the parts
-- in order and runs public.import_portfolio on them: the import is still one RPC, one
-- transaction, all rows or none, under the caller's row-level security. The parts go with the
-- call (dry run or not); parts left behind by a failed call are removed by the caller's next
-- upload call after a day.
--
-- Bounds: directors only (the import page is theirs); at most 64 parts of at most 1 MB each per
-- user at a time (private.import_upload_room), and import_portfolio's own row caps apply.

create table public.import_uploads (
  upload_id uuid not null,
  part integer not null constraint import_uploads_part_range check (part between 0 and 63),
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  data jsonb not null constraint import_uploads_data_shape check (jsonb_typeof(data) = 'object'),
  primary key (upload_id, part)
);
create index import_uploads_owner_id_idx on public.import_uploads (owner_id, created_at);
comment on table public.import_uploads is
  'Parts of a big spreadsheet import on their way to import_portfolio_upload: each part '
  '{ "projects": [...], "tasks": [...] } in import_portfolio''s format. Each director sees and '
  'writes only their own parts; the import call removes them. Not audited: the import is.';
comment on column public.import_uploads.upload_id is 'Chosen by the app for one import call; the parts share it.';
comment on column public.import_uploads.part is 'The part''s place in the file, from 0.';
comment on column public.import_uploads.owner_id is 'The director who sent the part (auth.uid()).';

-- How many parts the caller has waiting; security definer so the insert policy can count rows the
-- policy itself is deciding about without recursing through row-level security.
create function private.import_upload_room()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select count(*) < 64 from public.import_uploads u where u.owner_id = auth.uid()
$$;
comment on function private.import_upload_room() is
  'True while the caller has fewer than 64 import parts waiting (a bound on what one user can park).';
revoke all on function private.import_upload_room() from public;
grant execute on function private.import_upload_room() to authenticated, service_role;

alter table public.import_uploads enable row level security;
revoke all on public.import_uploads from anon, authenticated;
grant select, insert, delete on public.import_uploads to authenticated;
grant all on public.import_uploads to service_role;

create policy "Directors read their own import parts" on public.import_uploads
  for select to authenticated using (owner_id = (select auth.uid()));
comment on policy "Directors read their own import parts" on public.import_uploads is
  'Only the sender sees a part.';
create policy "Directors send import parts" on public.import_uploads
  for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    and (select private.is_director())
    and (select private.import_upload_room())
  );
comment on policy "Directors send import parts" on public.import_uploads is
  'Directors and admins send parts of their own, at most 64 waiting at a time.';
create policy "Directors remove their own import parts" on public.import_uploads
  for delete to authenticated using (owner_id = (select auth.uid()));
comment on policy "Directors remove their own import parts" on public.import_uploads is
  'The sender (and import_portfolio_upload, running as the sender) removes the parts.';

create function public.import_portfolio_upload(programme_id uuid, upload_id uuid, dry_run boolean default true)
returns jsonb
language plpgsql
volatile
security invoker
set search_path = ''
as $$
#variable_conflict use_variable
declare
  v_data jsonb;
  v_parts integer;
  v_result jsonb;
begin
  select count(distinct u.part)::integer,
    jsonb_build_object(
      'projects', coalesce(jsonb_agg(e.value order by u.part, e.ordinality)
        filter (where e.kind = 'projects'), '[]'),
      'tasks', coalesce(jsonb_agg(e.value order by u.part, e.ordinality)
        filter (where e.kind = 'tasks'), '[]'))
  into v_parts, v_data
  from public.import_uploads u
  cross join lateral (
    select 'projects' as kind, x.value, x.ordinality
    from jsonb_array_elements(coalesce(u.data -> 'projects', '[]')) with ordinality x
    union all
    select 'tasks', x.value, x.ordinality
    from jsonb_array_elements(coalesce(u.data -> 'tasks', '[]')) with ordinality x
    union all
    -- a part with neither still counts as a part
    select 'none', null, 0
  ) e
  where u.upload_id = upload_id;
  if v_parts = 0 then
    raise exception 'No such upload' using errcode = '22023',
      hint = 'Send the parts to import_uploads first.';
  end if;

  v_result := public.import_portfolio(programme_id, v_data, dry_run);

  delete from public.import_uploads u
  where u.upload_id = upload_id
     or (u.owner_id = (select auth.uid()) and u.created_at < now() - interval '1 day');
  return v_result;
end;
$$;
comment on function public.import_portfolio_upload(uuid, uuid, boolean) is
  'import_portfolio on the caller''s parts of one upload (import_uploads), joined in part order: '
  'the same answer, errors and all-or-nothing transaction. Removes the parts (and the caller''s '
  'parts older than a day). 22023 when the upload has no parts the caller can read.';
revoke all on function public.import_portfolio_upload(uuid, uuid, boolean) from public, anon, authenticated;
grant execute on function public.import_portfolio_upload(uuid, uuid, boolean) to authenticated, service_role;
