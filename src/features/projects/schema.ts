import { z } from 'zod';
import { scheduleStatuses, stages, type ScheduleStatus, type Stage } from '@/lib/domain';
import { textLimits } from '@/lib/limits';

/** The database's CHECK limits on projects (supabase/migrations/…_core_schema.sql). */
export const projectLimits = textLimits.projects;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const optionalDate = z
  .string()
  .refine((v) => v === '' || (isoDate.test(v) && !Number.isNaN(Date.parse(v))), 'edit.invalidDate');

/** A translated name: optional (empty = not translated), bounded like the Finnish one. */
const optionalName = z
  .string()
  .refine((v) => v.trim().length <= projectLimits.name, 'edit.tooLong');

/**
 * The edit form's values: every field a string, as inputs hold them. Messages are locale keys;
 * "edit.tooLong" takes its limit from projectLimits.
 */
export const projectFormSchema = z
  .object({
    name: z
      .string()
      .refine((v) => v.trim().length > 0, 'edit.required')
      .refine((v) => v.trim().length <= projectLimits.name, 'edit.tooLong'),
    name_sv: optionalName,
    name_en: optionalName,
    summary: z.string().max(projectLimits.summary, 'edit.tooLong'),
    summary_sv: z.string().max(projectLimits.summary_sv, 'edit.tooLong'),
    summary_en: z.string().max(projectLimits.summary_en, 'edit.tooLong'),
    official_description: z.string().max(projectLimits.official_description, 'edit.tooLong'),
    official_description_sv: z.string().max(projectLimits.official_description_sv, 'edit.tooLong'),
    official_description_en: z.string().max(projectLimits.official_description_en, 'edit.tooLong'),
    stage: z.enum(stages as [Stage, ...Stage[]]),
    schedule_status: z.union([
      z.literal(''),
      z.enum(scheduleStatuses as [ScheduleStatus, ...ScheduleStatus[]]),
    ]),
    schedule_note: z.string().max(projectLimits.schedule_note, 'edit.tooLong'),
    starts_on: optionalDate,
    ends_on: optionalDate,
    growth_area_id: z.string(),
    published: z.boolean(),
    progress_manual: z
      .string()
      .refine(
        (v) => v.trim() === '' || (/^\d{1,3}$/.test(v.trim()) && Number(v.trim()) <= 100),
        'indicators:progressForm.invalid',
      ),
    progress_note: z.string().max(projectLimits.progress_note, 'edit.tooLong'),
  })
  .superRefine((v, ctx) => {
    if (v.starts_on && v.ends_on && v.ends_on < v.starts_on) {
      ctx.addIssue({ code: 'custom', path: ['ends_on'], message: 'edit.endBeforeStart' });
    }
    if (v.schedule_status !== '' && v.schedule_note.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['schedule_note'], message: 'edit.noteRequired' });
    }
    if (v.progress_manual.trim() !== '' && v.progress_note.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['progress_note'],
        message: 'indicators:progressForm.noteRequired',
      });
    }
  });

export type ProjectFormValues = z.infer<typeof projectFormSchema>;
export type ProjectField = keyof ProjectFormValues;

export interface EditableProject {
  id: string;
  version: number;
  name: string;
  summary: string | null;
  official_description: string | null;
  name_sv: string | null;
  name_en: string | null;
  summary_sv: string | null;
  summary_en: string | null;
  official_description_sv: string | null;
  official_description_en: string | null;
  stage: Stage;
  schedule_status: ScheduleStatus | null;
  schedule_note: string | null;
  starts_on: string | null;
  ends_on: string | null;
  growth_area_id: string | null;
  published: boolean;
  /** Progress set by hand (0–100) when the tasks do not tell the truth, with its note. */
  progress_manual: number | null;
  progress_note: string | null;
}

export const editableColumns =
  'id, version, name, summary, official_description, name_sv, name_en, summary_sv, summary_en, official_description_sv, official_description_en, stage, schedule_status, schedule_note, starts_on, ends_on, growth_area_id, published, progress_manual, progress_note';

export function toFormValues(p: EditableProject): ProjectFormValues {
  return {
    name: p.name,
    summary: p.summary ?? '',
    official_description: p.official_description ?? '',
    name_sv: p.name_sv ?? '',
    name_en: p.name_en ?? '',
    summary_sv: p.summary_sv ?? '',
    summary_en: p.summary_en ?? '',
    official_description_sv: p.official_description_sv ?? '',
    official_description_en: p.official_description_en ?? '',
    stage: p.stage,
    schedule_status: p.schedule_status ?? '',
    schedule_note: p.schedule_note ?? '',
    starts_on: p.starts_on ?? '',
    ends_on: p.ends_on ?? '',
    growth_area_id: p.growth_area_id ?? '',
    published: p.published,
    progress_manual: p.progress_manual === null ? '' : String(p.progress_manual),
    progress_note: p.progress_note ?? '',
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v);

/** The PATCH body. Directors also move and publish; leads never send those columns. */
export function toPatch(v: ProjectFormValues, options: { director: boolean }) {
  return {
    name: v.name.trim(),
    summary: orNull(v.summary),
    official_description: orNull(v.official_description),
    // An empty translation is NULL: not translated (the pages fall back to Finnish).
    name_sv: orNull(v.name_sv)?.trim() ?? null,
    name_en: orNull(v.name_en)?.trim() ?? null,
    summary_sv: orNull(v.summary_sv),
    summary_en: orNull(v.summary_en),
    official_description_sv: orNull(v.official_description_sv),
    official_description_en: orNull(v.official_description_en),
    stage: v.stage,
    schedule_status: v.schedule_status === '' ? null : v.schedule_status,
    schedule_note: orNull(v.schedule_note),
    starts_on: orNull(v.starts_on),
    ends_on: orNull(v.ends_on),
    progress_manual: v.progress_manual.trim() === '' ? null : Number(v.progress_manual.trim()),
    // The note goes with a manual value; without one it is cleared, as the value is.
    progress_note: v.progress_manual.trim() === '' ? null : orNull(v.progress_note.trim()),
    ...(options.director
      ? { growth_area_id: orNull(v.growth_area_id), published: v.published }
      : {}),
  };
}

/** Which form field a violated database constraint belongs to. */
export const constraintFields: Record<string, ProjectField> = {
  projects_name_length: 'name',
  projects_summary_length: 'summary',
  projects_official_description_length: 'official_description',
  projects_name_sv_length: 'name_sv',
  projects_name_en_length: 'name_en',
  projects_summary_sv_length: 'summary_sv',
  projects_summary_en_length: 'summary_en',
  projects_official_description_sv_length: 'official_description_sv',
  projects_official_description_en_length: 'official_description_en',
  projects_schedule_note_length: 'schedule_note',
  projects_manual_status_needs_note: 'schedule_note',
  projects_dates_ordered: 'ends_on',
  projects_progress_manual_range: 'progress_manual',
  projects_progress_note_length: 'progress_note',
  projects_manual_progress_needs_note: 'progress_note',
};

/** Picking "a new person" in the contact form adds them to the people directory first. */
export const NEW_PERSON = 'new';

/** The add-contact form: an existing person or a new one, and their role in the project (fi/sv/en). */
export const contactFormSchema = z
  .object({
    person_id: z.string().min(1, 'edit.required'),
    role: z.string().max(textLimits.project_contacts.role, 'edit.tooLong'),
    role_sv: z.string().max(textLimits.project_contacts.role_sv, 'edit.tooLong'),
    role_en: z.string().max(textLimits.project_contacts.role_en, 'edit.tooLong'),
    new_name: z.string().max(textLimits.people.full_name, 'edit.tooLong'),
    new_title: z.string().max(textLimits.people.title, 'edit.tooLong'),
    new_organisation: z.string().max(textLimits.people.organisation, 'edit.tooLong'),
  })
  .superRefine((v, ctx) => {
    if (v.person_id === NEW_PERSON && !v.new_name.trim()) {
      ctx.addIssue({ code: 'custom', path: ['new_name'], message: 'edit.required' });
    }
  });

export type ContactFormValues = z.infer<typeof contactFormSchema>;

export const contactLimits = {
  role: textLimits.project_contacts.role,
  role_sv: textLimits.project_contacts.role_sv,
  role_en: textLimits.project_contacts.role_en,
  new_name: textLimits.people.full_name,
  new_title: textLimits.people.title,
  new_organisation: textLimits.people.organisation,
};

/** Which contact-form field a violated constraint belongs to. */
export const contactConstraints = {
  people_full_name_length: { field: 'new_name', message: 'edit.required' },
  people_title_length: 'new_title',
  people_organisation_length: 'new_organisation',
  project_contacts_role_length: 'role',
  project_contacts_role_sv_length: 'role_sv',
  project_contacts_role_en_length: 'role_en',
} as const;

/** Which field of the role editor a violated constraint belongs to. */
export const contactRoleConstraints = {
  project_contacts_role_length: 'role',
  project_contacts_role_sv_length: 'role_sv',
  project_contacts_role_en_length: 'role_en',
} as const;

/** A funding row's note in three languages: all optional, each to the database's limit. */
export const fundingNotesSchema = z.object({
  note: z.string().max(textLimits.project_funding.note, 'edit.tooLong'),
  note_sv: z.string().max(textLimits.project_funding.note_sv, 'edit.tooLong'),
  note_en: z.string().max(textLimits.project_funding.note_en, 'edit.tooLong'),
});

export type FundingNotesValues = z.infer<typeof fundingNotesSchema>;

export const fundingNotesLimits = {
  note: textLimits.project_funding.note,
  note_sv: textLimits.project_funding.note_sv,
  note_en: textLimits.project_funding.note_en,
};

export const fundingNotesConstraints = {
  project_funding_note_length: 'note',
  project_funding_note_sv_length: 'note_sv',
  project_funding_note_en_length: 'note_en',
} as const;

/** A partner's role in three languages: the database's limit (migration …_partner_versions). */
export const partnerRoleLimit = textLimits.project_partners.role;

export const partnerRoleConstraints = {
  project_partners_role_length: 'role',
  project_partners_role_sv_length: 'role_sv',
  project_partners_role_en_length: 'role_en',
} as const;

/** A follow-up application's name and note in Finnish, Swedish and English, as inputs hold them. */
export interface FollowUpTextsValues {
  name: string;
  name_sv: string;
  name_en: string;
  note: string;
  note_sv: string;
  note_en: string;
}

export const followUpTextsLimits = textLimits.project_follow_ups;

/**
 * The follow-up form's checks: each text to the database's limit; the Finnish name is required
 * unless the follow-up is a project of its own (then the project's name is shown).
 */
export function followUpTextsSchema(nameRequired: boolean) {
  const upTo = (max: number) => z.string().refine((v) => v.trim().length <= max, 'edit.tooLong');
  const name = upTo(followUpTextsLimits.name);
  return z.object({
    name: nameRequired ? name.refine((v) => v.trim() !== '', 'edit.required') : name,
    name_sv: upTo(followUpTextsLimits.name_sv),
    name_en: upTo(followUpTextsLimits.name_en),
    note: upTo(followUpTextsLimits.note),
    note_sv: upTo(followUpTextsLimits.note_sv),
    note_en: upTo(followUpTextsLimits.note_en),
  });
}

export const followUpTextsConstraints = {
  project_follow_ups_name_length: 'name',
  project_follow_ups_name_sv_length: 'name_sv',
  project_follow_ups_name_en_length: 'name_en',
  project_follow_ups_note_length: 'note',
  project_follow_ups_note_sv_length: 'note_sv',
  project_follow_ups_note_en_length: 'note_en',
} as const;
