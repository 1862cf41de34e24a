-- The last public texts of a project page in Finnish only (#14 §1): a partner's role and a
-- follow-up application's name and note. Stored as every translated field is (migration
-- 20260414000000_translated_content): one column per language beside the Finnish one, NULL = not
-- translated (the project page shows the Finnish text, marked lang="fi" and "not translated").
-- The columns inherit the tables' RLS (anyone reads those of published projects; directors and
-- project members write) and the audit trail's whole-row records; limits are the Finnish ones'.

alter table public.project_partners
  add column role_sv text constraint project_partners_role_sv_length check (char_length(role_sv) <= 200),
  add column role_en text constraint project_partners_role_en_length check (char_length(role_en) <= 200);
comment on column public.project_partners.role_sv is 'The partner''s role in Swedish; NULL = not translated.';
comment on column public.project_partners.role_en is 'The partner''s role in English; NULL = not translated.';

alter table public.project_follow_ups
  add column name_sv text constraint project_follow_ups_name_sv_length check (char_length(btrim(name_sv)) between 1 and 200),
  add column name_en text constraint project_follow_ups_name_en_length check (char_length(btrim(name_en)) between 1 and 200),
  add column note_sv text constraint project_follow_ups_note_sv_length check (char_length(note_sv) <= 2000),
  add column note_en text constraint project_follow_ups_note_en_length check (char_length(note_en) <= 2000);
comment on column public.project_follow_ups.name_sv is 'The follow-up''s name in Swedish; NULL = not translated.';
comment on column public.project_follow_ups.name_en is 'The follow-up''s name in English; NULL = not translated.';
comment on column public.project_follow_ups.note_sv is 'The note in Swedish; NULL = not translated.';
comment on column public.project_follow_ups.note_en is 'The note in English; NULL = not translated.';
