import { mutationOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import { ZeroRowsError } from '@/lib/errors';
import type { MemberRole } from '@/lib/domain';
import { supabase } from '@/lib/supabase';
import { updateVersioned } from '@/lib/versioned-update';
import type { Database } from '@/types/database';
import type { NewProjectValues } from './create';
import {
  followUpTextsColumns,
  fundingNotesColumns,
  partnerRoleColumns,
  type FollowUpTextsRow,
  type FundingNotesRow,
  type PartnerRoleRow,
} from './queries';
import {
  NEW_PERSON,
  editableColumns,
  type ContactFormValues,
  type EditableProject,
  type toPatch,
} from './schema';

export interface ProjectUpdate {
  id: string;
  /** The version the edit started from. */
  version: number;
  patch: ReturnType<typeof toPatch>;
}

export const projectMutations = {
  /** Version-checked: a newer saved version is a VersionConflictError, a refusal ZeroRowsError. */
  update: () =>
    mutationOptions({
      mutationKey: ['projects', 'update'],
      mutationFn: ({ id, version, patch }: ProjectUpdate) =>
        updateVersioned<EditableProject, 'projects'>(supabase, {
          table: 'projects',
          id,
          version,
          patch,
          columns: editableColumns,
        }),
    }),
  create: () =>
    mutationOptions({
      mutationKey: ['projects', 'create'],
      mutationFn: async (v: NewProjectValues) => {
        const { data } = await supabase
          .from('projects')
          .insert({
            programme_id: v.programme_id,
            growth_area_id: v.growth_area_id || null,
            name: v.name.trim(),
            slug: v.slug,
            published: v.published,
          })
          .select('id, slug, name')
          .single()
          .throwOnError();
        return data;
      },
    }),
};

/** A contact's role as the role editor reads it back. */
export interface ContactRole {
  id: string;
  version: number;
  role: string | null;
  role_sv: string | null;
  role_en: string | null;
}

/**
 * A contact's role in three languages (NULL: no role / not translated) from the version the
 * edit started at, on any supabase-js client: a newer save is a VersionConflictError, a refusal
 * (RLS: not a director or member of the project) or a removed contact a ZeroRowsError.
 */
export function updateContactRole(
  client: SupabaseClient<Database>,
  input: {
    id: string;
    version: number;
    patch: { role: string | null; role_sv: string | null; role_en: string | null };
  },
): Promise<ContactRole> {
  return updateVersioned<ContactRole, 'project_contacts'>(client, {
    table: 'project_contacts',
    id: input.id,
    version: input.version,
    patch: input.patch,
    columns: 'id, version, role, role_sv, role_en',
  });
}

export const contactMutations = {
  /** Names a contact; "a new person" is added to the people directory first. */
  add: () =>
    mutationOptions({
      mutationKey: ['projects', 'contacts', 'add'],
      mutationFn: async (v: {
        projectId: string;
        values: ContactFormValues;
        sortOrder: number;
      }): Promise<string> => {
        let personId = v.values.person_id;
        if (personId === NEW_PERSON) {
          const { data } = await supabase
            .from('people')
            .insert({
              full_name: v.values.new_name.trim(),
              title: v.values.new_title.trim() || null,
              organisation: v.values.new_organisation.trim() || null,
            })
            .select('id')
            .single()
            .throwOnError();
          personId = data.id;
        }
        await supabase
          .from('project_contacts')
          .insert({
            project_id: v.projectId,
            person_id: personId,
            role: v.values.role.trim() || null,
            // An empty translation is NULL: not translated, the Finnish role stands in.
            role_sv: v.values.role_sv.trim() || null,
            role_en: v.values.role_en.trim() || null,
            sort_order: v.sortOrder,
          })
          .throwOnError();
        return personId;
      },
    }),
  /** A contact's role in three languages; version-checked (VersionConflictError / ZeroRowsError). */
  updateRole: () =>
    mutationOptions({
      mutationKey: ['projects', 'contacts', 'role'],
      mutationFn: (input: Parameters<typeof updateContactRole>[1]) =>
        updateContactRole(supabase, input),
    }),
  makePrimary: () =>
    mutationOptions({
      mutationKey: ['projects', 'contacts', 'primary'],
      mutationFn: async (v: { projectId: string; personId: string }) => {
        await supabase
          .rpc('set_primary_contact', { project_id: v.projectId, person_id: v.personId })
          .throwOnError();
      },
    }),
  remove: () =>
    mutationOptions({
      mutationKey: ['projects', 'contacts', 'remove'],
      mutationFn: async (v: { projectId: string; personId: string }) => {
        const { data } = await supabase
          .from('project_contacts')
          .delete()
          .eq('project_id', v.projectId)
          .eq('person_id', v.personId)
          .select('person_id')
          .throwOnError();
        if (!data?.length) throw new ZeroRowsError('project_contacts');
      },
    }),
};

/** Directors name who leads or edits a project; the session's access follows. */
export const memberMutations = {
  add: () =>
    mutationOptions({
      mutationKey: ['projects', 'members', 'add'],
      mutationFn: async (v: { projectId: string; userId: string; role: MemberRole }) => {
        await supabase
          .from('project_members')
          .upsert({ project_id: v.projectId, user_id: v.userId, role: v.role })
          .throwOnError();
      },
    }),
  remove: () =>
    mutationOptions({
      mutationKey: ['projects', 'members', 'remove'],
      mutationFn: async (v: { projectId: string; userId: string }) => {
        const { data } = await supabase
          .from('project_members')
          .delete()
          .eq('project_id', v.projectId)
          .eq('user_id', v.userId)
          .select('user_id')
          .throwOnError();
        if (!data?.length) throw new ZeroRowsError('project_members');
      },
    }),
};

/** A funding row's notes in Finnish, Swedish and English (NULL: no note / not translated). */
export interface FundingNotesPatch {
  note: string | null;
  note_sv: string | null;
  note_en: string | null;
}

export const fundingMutations = {
  /** Directors write a funding row's note in three languages; version-checked. */
  updateNotes: () =>
    mutationOptions({
      mutationKey: ['projects', 'funding', 'notes'],
      mutationFn: (input: { id: string; version: number; patch: FundingNotesPatch }) =>
        updateVersioned<FundingNotesRow, 'project_funding'>(supabase, {
          table: 'project_funding',
          id: input.id,
          version: input.version,
          patch: input.patch,
          columns: fundingNotesColumns,
        }),
    }),
};

/** A follow-up's name and note in three languages (NULL: none / not translated). */
export interface FollowUpTextsPatch {
  name: string | null;
  name_sv: string | null;
  name_en: string | null;
  note: string | null;
  note_sv: string | null;
  note_en: string | null;
}

/** A partner's role in three languages, from the version the edit started at (directors). */
export function updatePartnerRole(
  client: SupabaseClient<Database>,
  input: {
    id: string;
    version: number;
    patch: { role: string | null; role_sv: string | null; role_en: string | null };
  },
): Promise<PartnerRoleRow> {
  return updateVersioned<PartnerRoleRow, 'project_partners'>(client, {
    table: 'project_partners',
    id: input.id,
    version: input.version,
    patch: input.patch,
    columns: partnerRoleColumns,
  });
}

/** A follow-up's name and note in three languages, from the version read (directors). */
export function updateFollowUpTexts(
  client: SupabaseClient<Database>,
  input: { id: string; version: number; patch: FollowUpTextsPatch },
): Promise<FollowUpTextsRow> {
  return updateVersioned<FollowUpTextsRow, 'project_follow_ups'>(client, {
    table: 'project_follow_ups',
    id: input.id,
    version: input.version,
    patch: input.patch,
    columns: followUpTextsColumns,
  });
}

/** Directors write partner roles and follow-up texts in three languages; version-checked. */
export const linkTextMutations = {
  partnerRole: () =>
    mutationOptions({
      mutationKey: ['projects', 'partners', 'role'],
      mutationFn: (input: Parameters<typeof updatePartnerRole>[1]) =>
        updatePartnerRole(supabase, input),
    }),
  followUpTexts: () =>
    mutationOptions({
      mutationKey: ['projects', 'followUps', 'texts'],
      mutationFn: (input: Parameters<typeof updateFollowUpTexts>[1]) =>
        updateFollowUpTexts(supabase, input),
    }),
};
