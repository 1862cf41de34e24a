// The columns the dashboard reads from each view. No imports, so the benchmark
// (bench/dashboard.ts, run by tsx without the app's path aliases) sends the very same requests.

export const overviewDashboardColumns =
  'id, slug, name, growth_area_id, stage, schedule_status_is_manual, starts_on, ends_on, published, last_activity_at, schedule_state, schedule_reasons, computed_schedule_state, computed_schedule_reasons, days_since_update, freshness, is_stale, ends_this_year, growth_area_name, growth_area_color, growth_area_sort_order, lead_person_id, lead_name, name_sv, name_en';

export const deadlineColumns =
  'id, project_id, project_slug, project_name, growth_area_id, project_published, lead_person_id, lead_name, title, due_on, state, is_milestone, assignee_person_id, assignee_name, is_overdue, days_late, project_name_sv, project_name_en, title_sv, title_en';

export const fundingColumns =
  'id, project_id, project_slug, project_name, growth_area_id, project_published, lead_person_id, lead_name, instrument, amount, applied_on, follow_up_id, follow_up_name, note, days_waiting, project_name_sv, project_name_en, follow_up_name_sv, follow_up_name_en';

export const statusDueColumns =
  'project_id, project_slug, project_name, growth_area_id, cadence, last_update_at, since_on, next_due_on, is_due, project_name_sv, project_name_en';

export const reviewColumns =
  'audit_id, kind, occurred_at, actor_id, actor_name, project_id, project_slug, project_name, growth_area_id, growth_area_name, task_id, task_title, old_value, new_value, note';
