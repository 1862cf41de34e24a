/** The relations anon may read, as docs/open-data.md lists them (a db test keeps both honest). */
export const publicRelations = [
  'programmes',
  'growth_areas',
  'growth_area_people',
  'projects',
  'tasks',
  'project_overview',
  'project_contacts',
  'people',
  'organisations',
  'project_partners',
  'project_follow_ups',
  'project_funding',
  'dashboard_deadlines',
  'funding_awaiting_decision',
  'dashboard_settings',
] as const;
