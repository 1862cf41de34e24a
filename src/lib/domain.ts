import { Constants } from '@/types/database';
import type { Enums } from './supabase';

export type Stage = Enums<'project_stage'>;
export type ScheduleStatus = Enums<'schedule_status'>;
export type TaskState = Enums<'task_state'>;
export type AppRole = Enums<'app_role'>;
export type MemberRole = Enums<'member_role'>;

export const stages: readonly Stage[] = Constants.public.Enums.project_stage;
export const scheduleStatuses: readonly ScheduleStatus[] = Constants.public.Enums.schedule_status;
export const taskStates: readonly TaskState[] = Constants.public.Enums.task_state;
/** The organisation-wide roles an admin grants, most powerful first. */
export const appRoles: readonly AppRole[] = Constants.public.Enums.app_role;
export const memberRoles: readonly MemberRole[] = Constants.public.Enums.member_role;

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (stages as readonly string[]).includes(value);
}

export function isScheduleStatus(value: unknown): value is ScheduleStatus {
  return typeof value === 'string' && (scheduleStatuses as readonly string[]).includes(value);
}
