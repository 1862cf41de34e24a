import { z } from 'zod';
import { textLimits } from '@/lib/limits';
import type { Person } from '@/lib/people';
import type { PersonPatch } from './mutations';

/** The database's CHECK limits on people (supabase/migrations/…_core_schema.sql). */
export const personLimits = textLimits.people;

/** people_email_format: something@something, no spaces. */
export const emailPattern = /^[^@\s]+@[^@\s]+$/;

/** The person form's values, as the inputs hold them. Messages are locale keys. */
export const personFormSchema = z.object({
  full_name: z
    .string()
    .refine((v) => v.trim().length > 0, 'edit.required')
    .refine((v) => v.trim().length <= personLimits.full_name, 'edit.tooLong'),
  title: z.string().refine((v) => v.trim().length <= personLimits.title, 'edit.tooLong'),
  organisation: z
    .string()
    .refine((v) => v.trim().length <= personLimits.organisation, 'edit.tooLong'),
  email: z
    .string()
    .refine((v) => v.trim().length <= personLimits.email, 'edit.tooLong')
    .refine((v) => v.trim() === '' || emailPattern.test(v.trim()), 'admin.person.invalidEmail'),
  user_id: z.string(),
});

export type PersonFormValues = z.infer<typeof personFormSchema>;
export type PersonField = keyof PersonFormValues;
export const personFields: PersonField[] = [
  'full_name',
  'title',
  'organisation',
  'email',
  'user_id',
];

export const emptyPerson: PersonFormValues = {
  full_name: '',
  title: '',
  organisation: '',
  email: '',
  user_id: '',
};

export function toPersonValues(p: Person): PersonFormValues {
  return {
    full_name: p.full_name,
    title: p.title ?? '',
    organisation: p.organisation ?? '',
    email: p.email ?? '',
    user_id: p.user_id ?? '',
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

export function toPersonPatch(v: PersonFormValues): PersonPatch {
  return {
    full_name: v.full_name.trim(),
    title: orNull(v.title),
    organisation: orNull(v.organisation),
    email: orNull(v.email),
    user_id: v.user_id === '' ? null : v.user_id,
  };
}

/** Which form field a violated database constraint belongs to (and what to say there). */
export const personConstraintFields = {
  people_full_name_length: 'full_name',
  people_title_length: 'title',
  people_organisation_length: 'organisation',
  people_email_format: 'email',
  people_user_id_key: { field: 'user_id', message: 'admin.person.accountTaken' },
  people_user_id_fkey: 'user_id',
} as const;
