import { Constants } from '@/types/database';
import type { Enums } from './supabase';

export type Stage = Enums<'project_stage'>;
export type ScheduleStatus = Enums<'schedule_status'>;
export type TaskState = Enums<'task_state'>;
export type FundingState = Enums<'funding_state'>;

export const stages: readonly Stage[] = Constants.public.Enums.project_stage;
export const scheduleStatuses: readonly ScheduleStatus[] = Constants.public.Enums.schedule_status;
export const taskStates: readonly TaskState[] = Constants.public.Enums.task_state;

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (stages as readonly string[]).includes(value);
}

export function isScheduleStatus(value: unknown): value is ScheduleStatus {
  return typeof value === 'string' && (scheduleStatuses as readonly string[]).includes(value);
}

/** What the schedule badge needs to say why a project has its status. */
export interface ScheduleFacts {
  status: ScheduleStatus;
  manual: boolean;
  note: string | null;
  stage: Stage;
  overdueCount: number;
  oldestOverdueOn: string | null;
  endsOn: string | null;
}

export type ScheduleReason =
  | { kind: 'note'; note: string }
  | { kind: 'overdue'; count: number; date: string }
  | { kind: 'ended'; date: string }
  | { kind: 'completed' }
  | { kind: 'onTrack' };

/**
 * Why the status is what it is — the same rule as the project_overview view: late when an
 * open task is past its deadline or the end date has passed unfinished; a manual status wins.
 */
export function scheduleReason(facts: ScheduleFacts): ScheduleReason {
  if (facts.manual && facts.note) return { kind: 'note', note: facts.note };
  if (facts.stage === 'completed') return { kind: 'completed' };
  if (facts.overdueCount > 0 && facts.oldestOverdueOn) {
    return { kind: 'overdue', count: facts.overdueCount, date: facts.oldestOverdueOn };
  }
  if (facts.status === 'late' && facts.endsOn) return { kind: 'ended', date: facts.endsOn };
  return { kind: 'onTrack' };
}
