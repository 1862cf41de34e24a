import { z } from 'zod';
import { colorPattern, slugPattern, textLimits } from '@/lib/limits';

/** The database's limits on growth areas and their staff (core schema CHECKs). */
export const areaLimits = textLimits.growth_areas;
export const staffLimits = textLimits.growth_area_people;
/** The order is the form's own bound (sort_order has no CHECK): four digits are plenty. */
const maxOrder = 9999;
export const defaultColor = '#0072c6';

export type AreaField =
  | 'name'
  | 'name_sv'
  | 'name_en'
  | 'slug'
  | 'color'
  | 'sort_order'
  | 'description'
  | 'description_sv'
  | 'description_en'
  | 'lead_person_id';

export interface AreaFormValues {
  name: string;
  /** Translations; empty = not translated (saved as NULL). */
  name_sv: string;
  name_en: string;
  description_sv: string;
  description_en: string;
  slug: string;
  color: string;
  /** As typed; a whole number 0–maxOrder when valid. */
  sort_order: string;
  description: string;
  lead_person_id: string;
}

const filled = (v: string) => v.trim().length > 0;

const areaShape = {
  name: z
    .string()
    .refine(filled, 'edit.required')
    .refine((v) => v.trim().length <= areaLimits.name, 'edit.tooLong'),
  name_sv: z.string().refine((v) => v.trim().length <= areaLimits.name_sv, 'edit.tooLong'),
  name_en: z.string().refine((v) => v.trim().length <= areaLimits.name_en, 'edit.tooLong'),
  description_sv: z.string().max(areaLimits.description_sv, 'edit.tooLong'),
  description_en: z.string().max(areaLimits.description_en, 'edit.tooLong'),
  slug: z.string(),
  color: z
    .string()
    .refine(filled, 'edit.required')
    .refine((v) => !filled(v) || colorPattern.test(v.trim()), 'areaForm.colorInvalid'),
  sort_order: z
    .string()
    .refine(filled, 'edit.required')
    .refine(
      (v) => !filled(v) || (/^\d+$/.test(v.trim()) && Number(v.trim()) <= maxOrder),
      'areaForm.orderInvalid',
    ),
  description: z.string().max(areaLimits.description, 'edit.tooLong'),
  lead_person_id: z.string(),
};

/** Editing: the address name cannot change, so it is not asked. Messages are locale keys. */
export const areaEditSchema = z.object(areaShape);

/** Creating: the address name too. */
export const areaCreateSchema = z.object({
  ...areaShape,
  slug: z
    .string()
    .min(1, 'edit.required')
    .max(areaLimits.slug, 'edit.tooLong')
    .refine(
      (v) => v === '' || v.length > areaLimits.slug || slugPattern.test(v),
      'areaForm.slugInvalid',
    ),
});

/** The fields in the order they are shown. */
export const fieldOrder: AreaField[] = [
  'name',
  'name_sv',
  'name_en',
  'slug',
  'color',
  'sort_order',
  'lead_person_id',
  'description',
  'description_sv',
  'description_en',
];

/**
 * Which field a violated constraint belongs to (unique 23505, check 23514), and what to say
 * there; any other refusal is said above the form.
 */
export const areaConstraints = {
  growth_areas_programme_name_key: { field: 'name', message: 'areaForm.nameTaken' },
  growth_areas_programme_slug_key: { field: 'slug', message: 'areaForm.slugTaken' },
  growth_areas_name_length: { field: 'name', message: 'edit.required' },
  growth_areas_slug_format: { field: 'slug', message: 'areaForm.slugInvalid' },
  growth_areas_color_format: { field: 'color', message: 'areaForm.colorInvalid' },
  growth_areas_description_length: { field: 'description', message: 'edit.tooLong' },
  growth_areas_name_sv_length: { field: 'name_sv', message: 'edit.tooLong' },
  growth_areas_name_en_length: { field: 'name_en', message: 'edit.tooLong' },
  growth_areas_description_sv_length: { field: 'description_sv', message: 'edit.tooLong' },
  growth_areas_description_en_length: { field: 'description_en', message: 'edit.tooLong' },
} as const satisfies Record<string, { field: AreaField; message: string }>;

/** Field errors of the add-staff form. */
export const staffSchema = z.object({
  person_id: z.string().min(1, 'edit.required'),
  role: z
    .string()
    .refine(filled, 'edit.required')
    .refine((v) => v.trim().length <= staffLimits.role, 'edit.tooLong'),
  // Optional translations (#14): blank is saved as NULL, the Finnish role stands in.
  role_sv: z.string().refine((v) => v.trim().length <= staffLimits.role_sv, 'edit.tooLong'),
  role_en: z.string().refine((v) => v.trim().length <= staffLimits.role_en, 'edit.tooLong'),
});

/** A person already on the staff (the primary key), or a blank role. */
export const staffConstraints = {
  growth_area_people_pkey: { field: 'person_id', message: 'areaForm.staffAlready' },
  growth_area_people_role_length: { field: 'role', message: 'edit.required' },
  growth_area_people_role_sv_length: 'role_sv',
  growth_area_people_role_en_length: 'role_en',
} as const;

/** Which field of the role editor a violated constraint belongs to. */
export const staffRoleConstraints = {
  growth_area_people_role_length: { field: 'role', message: 'edit.required' },
  growth_area_people_role_sv_length: 'role_sv',
  growth_area_people_role_en_length: 'role_en',
} as const;

/** The programme texts form: the Finnish name is required, everything else optional (#14). */
export const programmeLimits = {
  name: textLimits.programmes.name,
  name_sv: textLimits.programmes.name_sv,
  name_en: textLimits.programmes.name_en,
  description: textLimits.programmes.description,
  description_sv: textLimits.programmes.description_sv,
  description_en: textLimits.programmes.description_en,
};
const trimmedMax = (max: number) =>
  z.string().refine((v) => v.trim().length <= max, 'edit.tooLong');
export const programmeSchema = z.object({
  name: z
    .string()
    .refine(filled, 'edit.required')
    .refine((v) => v.trim().length <= programmeLimits.name, 'edit.tooLong'),
  name_sv: trimmedMax(programmeLimits.name_sv),
  name_en: trimmedMax(programmeLimits.name_en),
  description: z.string().max(programmeLimits.description, 'edit.tooLong'),
  description_sv: z.string().max(programmeLimits.description_sv, 'edit.tooLong'),
  description_en: z.string().max(programmeLimits.description_en, 'edit.tooLong'),
});
export type ProgrammeFormValues = z.infer<typeof programmeSchema>;
export const programmeConstraints = {
  programmes_name_length: { field: 'name', message: 'edit.required' },
  programmes_name_sv_length: 'name_sv',
  programmes_name_en_length: 'name_en',
  programmes_description_length: 'description',
  programmes_description_sv_length: 'description_sv',
  programmes_description_en_length: 'description_en',
} as const;
