-- public.dashboard_settings, as the migrations leave it: defined once, last in
-- 20260201000000_schedule_status.sql. To change it, write a new migration that restates it
-- and update this file to match; supabase/tests/schemas.test.ts checks they agree.

create or replace view public.dashboard_settings
with (security_invoker = true)
as
select
  s.fresh_max_days,
  s.aging_max_days,
  s.stale_after_days,
  s.upcoming_days,
  s.updated_at,
  s.version
from private.dashboard_settings s;

comment on view public.dashboard_settings is
  'The dashboard thresholds (one row). Readable by everyone; admins PATCH it with version=eq.N '
  '(zero rows back = someone saved first, or not allowed).';
