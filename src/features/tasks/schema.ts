import { z } from 'zod';
import { taskStates, type TaskState } from '@/lib/domain';
import { textLimits } from '@/lib/limits';
import type { EditableTask } from './editable';

export { type EditableTask } from './editable';

/** The database's CHECK limits on tasks. */
export const taskLimits = textLimits.tasks;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const optionalDate = z
  .string()
  .refine((v) => v === '' || (isoDate.test(v) && !Number.isNaN(Date.parse(v))), 'edit.invalidDate');

export const taskFormSchema = z
  .object({
    title: z
      .string()
      .refine((v) => v.trim().length > 0, 'edit.required')
      .refine((v) => v.trim().length <= taskLimits.title, 'edit.tooLong'),
    details: z.string().max(taskLimits.details, 'edit.tooLong'),
    title_sv: z.string().refine((v) => v.trim().length <= taskLimits.title_sv, 'edit.tooLong'),
    title_en: z.string().refine((v) => v.trim().length <= taskLimits.title_en, 'edit.tooLong'),
    details_sv: z.string().max(taskLimits.details_sv, 'edit.tooLong'),
    details_en: z.string().max(taskLimits.details_en, 'edit.tooLong'),
    due_on: optionalDate,
    state: z.enum(taskStates as [TaskState, ...TaskState[]]),
    completed_on: optionalDate,
    is_milestone: z.boolean(),
    assignee_person_id: z.string(),
  })
  // The database: state = 'done' if and only if completed_on is set.
  .superRefine((v, ctx) => {
    if (v.state === 'done' && v.completed_on === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['completed_on'],
        message: 'taskForm.completedOnRequired',
      });
    }
  });

export type TaskFormValues = z.infer<typeof taskFormSchema>;
export type TaskField = keyof TaskFormValues;

export function toTaskFormValues(task: EditableTask | null, today: string): TaskFormValues {
  return {
    title: task?.title ?? '',
    details: task?.details ?? '',
    title_sv: task?.title_sv ?? '',
    title_en: task?.title_en ?? '',
    details_sv: task?.details_sv ?? '',
    details_en: task?.details_en ?? '',
    due_on: task?.due_on ?? '',
    state: task?.state ?? 'not_started',
    completed_on: task?.completed_on ?? (task?.state === 'done' ? today : ''),
    is_milestone: task?.is_milestone ?? false,
    assignee_person_id: task?.assignee_person_id ?? '',
  };
}

export function toTaskPatch(v: TaskFormValues) {
  return {
    title: v.title.trim(),
    details: v.details.trim() === '' ? null : v.details,
    // An empty translation is NULL: not translated (the pages fall back to Finnish).
    title_sv: v.title_sv.trim() || null,
    title_en: v.title_en.trim() || null,
    details_sv: v.details_sv.trim() === '' ? null : v.details_sv,
    details_en: v.details_en.trim() === '' ? null : v.details_en,
    due_on: v.due_on || null,
    state: v.state,
    completed_on: v.state === 'done' ? v.completed_on : null,
    is_milestone: v.is_milestone,
    assignee_person_id: v.assignee_person_id || null,
  };
}

/** Which form field a violated database constraint belongs to. */
export const taskConstraintFields: Record<string, TaskField> = {
  tasks_title_length: 'title',
  tasks_details_length: 'details',
  tasks_title_sv_length: 'title_sv',
  tasks_title_en_length: 'title_en',
  tasks_details_sv_length: 'details_sv',
  tasks_details_en_length: 'details_en',
  tasks_done_iff_completed: 'completed_on',
};
