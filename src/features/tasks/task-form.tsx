import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import type { FieldDifference } from '@/components/conflict-message';
import { TranslatedFields } from '@/components/form/translated-fields';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import { formatDate } from '@/lib/dates';
import { taskStates } from '@/lib/domain';
import {
  taskConstraintFields,
  taskFormSchema,
  taskLimits,
  toTaskFormValues,
  toTaskPatch,
  type EditableTask,
  type TaskField,
  type TaskFormValues,
} from './schema';

interface Props {
  /** null: a new task. */
  task: EditableTask | null;
  today: string;
  save: (input: {
    task: EditableTask | null;
    patch: ReturnType<typeof toTaskPatch>;
  }) => Promise<EditableTask>;
  onSaved: (saved: EditableTask) => void;
  cancelTo: string;
  /** People who can be named as the assignee. */
  people?: { id: string; full_name: string }[];
}

const order: TaskField[] = [
  'title',
  'title_sv',
  'title_en',
  'details',
  'details_sv',
  'details_en',
  'due_on',
  'state',
  'completed_on',
  'is_milestone',
  'assignee_person_id',
];

/** Add or edit a task: title, note, deadline, state (done needs its date), milestone. */
export function TaskForm({ task, today, save, onSaved, cancelTo, people = [] }: Props) {
  const { t, i18n } = useTranslation();
  const form = useForm({
    initial: () => toTaskFormValues(task, today),
    schema: taskFormSchema,
    fields: order,
    base: task,
    save: (values, from) => save({ task: from, patch: toTaskPatch(values) }),
    nextBase: (saved: EditableTask): EditableTask | null => saved,
    onSaved,
    constraints: taskConstraintFields,
    limits: taskLimits,
    // Marking done fills in today; the user may change it.
    derive: (next, field, previous) =>
      field === 'state' && next.state === 'done' && !previous.completed_on
        ? { ...next, completed_on: today }
        : next,
  });
  const { values, set } = form;

  const inLanguage = (label: string, lng: 'sv' | 'en') =>
    `${label} (${t(`in.${lng}`, { ns: 'content' })})`;
  const labels: Record<TaskField, string> = {
    title: t('taskForm.title'),
    title_sv: inLanguage(t('taskForm.title'), 'sv'),
    title_en: inLanguage(t('taskForm.title'), 'en'),
    details: t('taskForm.details'),
    details_sv: inLanguage(t('taskForm.details'), 'sv'),
    details_en: inLanguage(t('taskForm.details'), 'en'),
    due_on: t('taskForm.dueOn'),
    state: t('taskForm.state'),
    completed_on: t('taskForm.completedOn'),
    is_milestone: t('taskForm.isMilestone'),
    assignee_person_id: t('taskForm.assignee'),
  };

  const display = (field: TaskField, v: TaskFormValues) => {
    if (field === 'state') return t(`task.state_${v.state}`);
    if (field === 'is_milestone') return v.is_milestone ? '✓' : '–';
    if (field === 'assignee_person_id') {
      return (
        people.find((p) => p.id === v.assignee_person_id)?.full_name ?? t('taskForm.noAssignee')
      );
    }
    if ((field === 'due_on' || field === 'completed_on') && v[field]) {
      return formatDate(v[field], i18n.language);
    }
    return String(v[field]);
  };

  const differences = (current: EditableTask): FieldDifference[] => {
    const theirs = toTaskFormValues(current, today);
    return order
      .filter((f) => String(theirs[f]) !== String(values[f]))
      .map((f) => ({
        field: f,
        label: labels[f],
        theirs: display(f, theirs),
        yours: display(f, values),
      }));
  };

  return (
    <form className="form" {...form.formProps}>
      <FormMessages
        form={form}
        conflictText={t('taskForm.conflictText')}
        differences={differences}
      />
      <TranslatedFields
        form={form}
        names={{ fi: 'title', sv: 'title_sv', en: 'title_en' }}
        label={labels.title}
        value={(f) => values[f]}
        onChange={(f, v) => set(f, v)}
        max={taskLimits.title}
      />
      <TranslatedFields
        form={form}
        names={{ fi: 'details', sv: 'details_sv', en: 'details_en' }}
        label={labels.details}
        value={(f) => values[f]}
        onChange={(f, v) => set(f, v)}
        max={taskLimits.details}
        rows={4}
      />
      <div className="form-row">
        <Field form={form} name="due_on" label={labels.due_on}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={values.due_on}
              onChange={(e) => set('due_on', e.target.value)}
            />
          )}
        </Field>
        <Field form={form} name="state" label={labels.state}>
          {(control) => (
            <select
              {...control}
              value={values.state}
              onChange={(e) =>
                set('state', taskStates.find((s) => s === e.target.value) ?? 'not_started')
              }
            >
              {taskStates.map((s) => (
                <option key={s} value={s}>
                  {t(`task.state_${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {values.state === 'done' && (
          <Field form={form} name="completed_on" label={labels.completed_on}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={values.completed_on}
                onChange={(e) => set('completed_on', e.target.value)}
              />
            )}
          </Field>
        )}
      </div>
      <Field form={form} name="assignee_person_id" label={labels.assignee_person_id}>
        {(control) => (
          <select
            {...control}
            value={values.assignee_person_id}
            onChange={(e) => set('assignee_person_id', e.target.value)}
          >
            <option value="">{t('taskForm.noAssignee')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.full_name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field form={form} name="is_milestone" label={labels.is_milestone} inline>
        {(control) => (
          <input
            {...control}
            type="checkbox"
            checked={values.is_milestone}
            onChange={(e) => set('is_milestone', e.target.checked)}
          />
        )}
      </Field>
      <div className="button-row">
        <SubmitButton pending={form.pending}>{t('edit.save')}</SubmitButton>
        <Link to={cancelTo}>{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
