import type { Database, Json } from '@/types/database';

type Enums<T extends keyof Database['public']['Enums']> = Database['public']['Enums'][T];

/** The signed-in user and what they may do (read with public.my_access()). */
export interface Access {
  userId: string;
  email: string | null;
  roles: Enums<'app_role'>[];
  /** Projects this user leads or edits (project_members). */
  memberships: { projectId: string; role: Enums<'member_role'> }[];
  /** The people row linked to this account, for "assigned to me". */
  personId: string | null;
}

const isRole = (v: unknown): v is Enums<'app_role'> =>
  v === 'admin' || v === 'director' || v === 'viewer';
const isMemberRole = (v: unknown): v is Enums<'member_role'> => v === 'lead' || v === 'editor';

/** The JSON of my_access(), checked: unknown values are dropped rather than trusted. */
export function parseAccess(value: Json): Omit<Access, 'userId' | 'email'> {
  const o = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const roles = Array.isArray(o.roles) ? o.roles.filter(isRole) : [];
  const memberships = (Array.isArray(o.memberships) ? o.memberships : []).flatMap((m) =>
    m &&
    typeof m === 'object' &&
    !Array.isArray(m) &&
    typeof m.project_id === 'string' &&
    isMemberRole(m.role)
      ? [{ projectId: m.project_id, role: m.role }]
      : [],
  );
  return { roles, memberships, personId: typeof o.person_id === 'string' ? o.person_id : null };
}
