import type { Json } from '@/types/database';
import { appRoles, memberRoles, type AppRole, type MemberRole } from './domain';

/** The signed-in user and what they may do (read with public.my_access()). */
export interface Access {
  userId: string;
  email: string | null;
  roles: AppRole[];
  /** Projects this user leads or edits (project_members). */
  memberships: { projectId: string; role: MemberRole }[];
  /** The people row linked to this account, for "assigned to me". */
  personId: string | null;
}

const isRole = (v: unknown): v is AppRole => (appRoles as readonly unknown[]).includes(v);
const isMemberRole = (v: unknown): v is MemberRole =>
  (memberRoles as readonly unknown[]).includes(v);

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
