import { Constants } from '@/types/database';
import type { Enums } from './supabase';

export type Stage = Enums<'project_stage'>;
export type ScheduleStatus = Enums<'schedule_status'>;
export type TaskState = Enums<'task_state'>;

export const stages: readonly Stage[] = Constants.public.Enums.project_stage;
export const scheduleStatuses: readonly ScheduleStatus[] = Constants.public.Enums.schedule_status;
export const taskStates: readonly TaskState[] = Constants.public.Enums.task_state;

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (stages as readonly string[]).includes(value);
}

export function isScheduleStatus(value: unknown): value is ScheduleStatus {
  return typeof value === 'string' && (scheduleStatuses as readonly string[]).includes(value);
}
