/**
 * The database's CHECK limits the forms enforce, declared once: each is the upper bound of a
 * `char_length(column)` check on that table (supabase/migrations/…_core_schema.sql).
 * limits.db.test.ts reads the constraints from the migrated schema and fails if either side
 * changes without the other.
 */
export const textLimits = {
  projects: {
    name: 200,
    slug: 100,
    summary: 4000,
    official_description: 10000,
    schedule_note: 1000,
    progress_note: 1000,
    name_sv: 200,
    name_en: 200,
    summary_sv: 4000,
    summary_en: 4000,
    official_description_sv: 10000,
    official_description_en: 10000,
  },
  tasks: {
    title: 300,
    details: 4000,
    title_sv: 300,
    title_en: 300,
    details_sv: 4000,
    details_en: 4000,
  },
  people: { full_name: 200, title: 200, organisation: 200, email: 320 },
  project_contacts: { role: 200, role_sv: 200, role_en: 200 },
  project_funding: { instrument: 200, note: 2000, note_sv: 2000, note_en: 2000 },
  project_partners: { role: 200, role_sv: 200, role_en: 200 },
  project_follow_ups: {
    name: 200,
    name_sv: 200,
    name_en: 200,
    note: 2000,
    note_sv: 2000,
    note_en: 2000,
  },
  programmes: {
    name: 200,
    slug: 100,
    description: 4000,
    name_sv: 200,
    name_en: 200,
    description_sv: 4000,
    description_en: 4000,
  },
  growth_areas: {
    name: 200,
    slug: 100,
    description: 4000,
    name_sv: 200,
    name_en: 200,
    description_sv: 4000,
    description_en: 4000,
  },
  growth_area_people: { role: 200, role_sv: 200, role_en: 200 },
  status_updates: { happened: 4000, next_steps: 4000, risks: 4000 },
  nudges: { message: 1000 },
  indicators: {
    name: 200,
    description: 4000,
    unit: 40,
    source: 1000,
    name_sv: 200,
    name_en: 200,
    description_sv: 4000,
    description_en: 4000,
  },
  indicator_values: { note: 1000 },
  baselines: { name: 200 },
} as const;

/** The format checks the forms repeat, as the database spells them (`column ~ '…'`). */
export const checkPatterns = {
  projects: { slug: '^[a-z0-9]+(-[a-z0-9]+)*$' },
  growth_areas: { slug: '^[a-z0-9]+(-[a-z0-9]+)*$', color: '^#[0-9a-fA-F]{6}$' },
} as const;

/** An address name: lower-case letters and digits in words joined by single hyphens. */
export const slugPattern = new RegExp(checkPatterns.projects.slug);
/** A #rrggbb colour. */
export const colorPattern = new RegExp(checkPatterns.growth_areas.color);
