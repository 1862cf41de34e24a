import { z } from 'zod';
import { scheduleStatuses, type ScheduleStatus } from '@/lib/domain';
import { textLimits } from '@/lib/limits';

/** The database's limits (status_updates and nudges CHECKs; limits.db.test.ts compares). */
export const statusUpdateLimits = textLimits.status_updates;
export const nudgeLimits = textLimits.nudges;

export interface StatusUpdateValues {
  happened: string;
  next_steps: string;
  risks: string;
  /** '' = no proposal. */
  proposed_schedule_status: ScheduleStatus | '';
}

export const emptyStatusUpdate: StatusUpdateValues = {
  happened: '',
  next_steps: '',
  risks: '',
  proposed_schedule_status: '',
};

const filled = (v: string) => v.trim().length > 0;

/** Messages are locale keys; the limits are the trimmed text's, as the database counts. */
export const statusUpdateSchema = z.object({
  happened: z
    .string()
    .refine(filled, 'edit.required')
    .refine((v) => v.trim().length <= statusUpdateLimits.happened, 'edit.tooLong'),
  next_steps: z
    .string()
    .refine((v) => v.trim().length <= statusUpdateLimits.next_steps, 'edit.tooLong'),
  risks: z.string().refine((v) => v.trim().length <= statusUpdateLimits.risks, 'edit.tooLong'),
  proposed_schedule_status: z.union([
    z.literal(''),
    z.enum(scheduleStatuses as [ScheduleStatus, ...ScheduleStatus[]]),
  ]),
});

export const statusUpdateFields = [
  'happened',
  'next_steps',
  'risks',
  'proposed_schedule_status',
] as const;

/** A refused CHECK goes beside its field. */
export const statusUpdateConstraints = {
  status_updates_happened_length: { field: 'happened', message: 'edit.required' },
  status_updates_next_steps_length: { field: 'next_steps', message: 'edit.tooLong' },
  status_updates_risks_length: { field: 'risks', message: 'edit.tooLong' },
} as const;

export interface NudgeValues {
  message: string;
}

export const nudgeSchema = z.object({
  message: z.string().refine((v) => v.trim().length <= nudgeLimits.message, 'edit.tooLong'),
});

export const nudgeConstraints = {
  nudges_message_length: { field: 'message', message: 'edit.tooLong' },
} as const;
