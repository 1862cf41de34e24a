import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConflictMessage, type FieldDifference } from '@/components/conflict-message';
import { formatDate } from '@/lib/dates';
import { taskStates } from '@/lib/domain';
import {
  VersionConflictError,
  ZeroRowsError,
  errorMessage,
  violatedConstraint,
} from '@/lib/errors';
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

type Errors = Partial<Record<TaskField, string>>;

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

/** Add or edit a task: title, note, deadline, state (done needs its date), milestone. */
export function TaskForm({ task, today, save, onSaved, cancelTo, people = [] }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<TaskFormValues>(() => toTaskFormValues(task, today));
  const [base, setBase] = useState<EditableTask | null>(task);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<EditableTask | null>(null);
  const [pending, setPending] = useState(false);

  const labels: Record<TaskField, string> = {
    title: t('taskForm.title'),
    details: t('taskForm.details'),
    due_on: t('taskForm.dueOn'),
    state: t('taskForm.state'),
    completed_on: t('taskForm.completedOn'),
    is_milestone: t('taskForm.isMilestone'),
    assignee_person_id: t('taskForm.assignee'),
  };
  const order = Object.keys(labels) as TaskField[];

  const message = (field: TaskField) => {
    const key = errors[field];
    if (!key) return null;
    const text =
      key === 'edit.tooLong' && (field === 'title' || field === 'details')
        ? t('edit.tooLong', { max: taskLimits[field] })
        : key === 'edit.required' || key === 'edit.invalidDate'
          ? t(key)
          : key === 'taskForm.completedOnRequired'
            ? t(key)
            : key;
    return (
      <p className="field__error" id={`${id}-${field}-error`}>
        {text}
      </p>
    );
  };

  const set = <K extends TaskField>(field: K, value: TaskFormValues[K]) => {
    setValues((v) => {
      const next = { ...v, [field]: value };
      // Marking done fills in today; the user may change it.
      if (field === 'state' && value === 'done' && !v.completed_on) next.completed_on = today;
      return next;
    });
    setErrors((e) => ({ ...e, [field]: undefined }));
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
      return formatDate(v[field], i18n.resolvedLanguage);
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

  const submit = async (from: EditableTask | null) => {
    const parsed = taskFormSchema.safeParse(values);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as TaskField] ??= issue.message;
      setErrors(next);
      const first = order.find((f) => next[f]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setPending(true);
    setFormError(null);
    try {
      const saved = await save({ task: from, patch: toTaskPatch(parsed.data) });
      setConflict(null);
      setBase(saved);
      onSaved(saved);
    } catch (error) {
      if (error instanceof VersionConflictError) setConflict(error.current as EditableTask);
      else if (error instanceof ZeroRowsError) setFormError(t('edit.zeroRows'));
      else {
        const constraint = violatedConstraint(error);
        const field = constraint ? taskConstraintFields[constraint] : undefined;
        const text = t('edit.serverError', { message: errorMessage(error) });
        if (field) setErrors((e) => ({ ...e, [field]: text }));
        else setFormError(text);
      }
    } finally {
      setPending(false);
    }
  };

  const describedBy = (field: TaskField, hint?: boolean) =>
    [errors[field] ? `${id}-${field}-error` : '', hint ? `${id}-${field}-hint` : '']
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit(base);
      }}
    >
      {conflict && (
        <ConflictMessage
          text={t('taskForm.conflictText')}
          differences={differences(conflict)}
          pending={pending}
          onSaveAgain={() => {
            setBase(conflict);
            void submit(conflict);
          }}
        />
      )}
      {formError && (
        <div className="notice notice--error" role="alert">
          <p>{formError}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-title`}>{labels.title}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={values.title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy('title')}
          onChange={(e) => set('title', e.target.value)}
        />
        {message('title')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-details`}>{labels.details}</label>
        <textarea
          id={`${id}-details`}
          rows={4}
          value={values.details}
          aria-invalid={errors.details ? true : undefined}
          aria-describedby={describedBy('details', true)}
          onChange={(e) => set('details', e.target.value)}
        />
        <p className="field__hint" id={`${id}-details-hint`}>
          {t('edit.charCount', { count: values.details.length, max: taskLimits.details })}
        </p>
        {message('details')}
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-due_on`}>{labels.due_on}</label>
          <input
            id={`${id}-due_on`}
            type="date"
            value={values.due_on}
            aria-invalid={errors.due_on ? true : undefined}
            aria-describedby={describedBy('due_on')}
            onChange={(e) => set('due_on', e.target.value)}
          />
          {message('due_on')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-state`}>{labels.state}</label>
          <select
            id={`${id}-state`}
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
        </div>
        {values.state === 'done' && (
          <div className="field">
            <label htmlFor={`${id}-completed_on`}>{labels.completed_on}</label>
            <input
              id={`${id}-completed_on`}
              type="date"
              value={values.completed_on}
              aria-invalid={errors.completed_on ? true : undefined}
              aria-describedby={describedBy('completed_on')}
              onChange={(e) => set('completed_on', e.target.value)}
            />
            {message('completed_on')}
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-assignee_person_id`}>{labels.assignee_person_id}</label>
        <select
          id={`${id}-assignee_person_id`}
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
      </div>
      <div className="field field--inline">
        <input
          id={`${id}-is_milestone`}
          type="checkbox"
          checked={values.is_milestone}
          onChange={(e) => set('is_milestone', e.target.checked)}
        />
        <label htmlFor={`${id}-is_milestone`}>{labels.is_milestone}</label>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('edit.saving') : t('edit.save')}
        </button>
        <Link to={cancelTo}>{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
