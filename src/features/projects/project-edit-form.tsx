import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { scheduleStatuses, stages } from '@/lib/domain';
import {
  VersionConflictError,
  ZeroRowsError,
  errorMessage,
  isPostgrestError,
  violatedConstraint,
} from '@/lib/errors';
import { ConflictMessage, type FieldDifference } from '@/components/conflict-message';
import type { ProjectUpdate } from './mutations';
import {
  constraintFields,
  projectFormSchema,
  projectLimits,
  toFormValues,
  toPatch,
  type EditableProject,
  type ProjectField,
  type ProjectFormValues,
} from './schema';

type Errors = Partial<Record<ProjectField, string>>;

interface Props {
  project: EditableProject;
  growthAreas: { id: string; name: string }[];
  /** Directors also move the project and publish it. */
  director: boolean;
  save: (update: ProjectUpdate) => Promise<EditableProject>;
  onSaved: (saved: EditableProject) => void;
  cancelTo: string;
}

export function ProjectEditForm({
  project,
  growthAreas,
  director,
  save,
  onSaved,
  cancelTo,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<ProjectFormValues>(() => toFormValues(project));
  // The row the edit is based on; its version goes with the PATCH.
  const [base, setBase] = useState<EditableProject>(project);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<EditableProject | null>(null);
  const [pending, setPending] = useState(false);

  const labels: Record<ProjectField, string> = {
    name: t('edit.name'),
    summary: t('project.summary'),
    official_description: t('project.officialDescription'),
    stage: t('stage.label'),
    schedule_status: t('edit.scheduleStatus'),
    schedule_note: t('edit.scheduleNote'),
    starts_on: t('edit.startsOn'),
    ends_on: t('edit.endsOn'),
    growth_area_id: t('project.growthArea'),
    published: t('project.published'),
  };

  const message = (field: ProjectField, key: string | undefined) => {
    if (!key) return undefined;
    if (key === 'edit.tooLong' && field in projectLimits) {
      return t('edit.tooLong', { max: projectLimits[field as keyof typeof projectLimits] });
    }
    if (
      key === 'edit.required' ||
      key === 'edit.endBeforeStart' ||
      key === 'edit.noteRequired' ||
      key === 'edit.invalidDate'
    ) {
      return t(key);
    }
    return key;
  };

  const set = <K extends ProjectField>(field: K, value: ProjectFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const display = (field: ProjectField, v: ProjectFormValues): string => {
    const value = v[field];
    if (field === 'stage') return t(`stage.${v.stage}`);
    if (field === 'schedule_status') {
      return v.schedule_status ? t(`schedule.${v.schedule_status}`) : t('edit.scheduleAuto');
    }
    if (field === 'growth_area_id') {
      return (
        growthAreas.find((a) => a.id === v.growth_area_id)?.name ?? t('portfolio.otherProjects')
      );
    }
    if (field === 'published')
      return v.published ? t('project.published') : t('project.unpublished');
    return String(value);
  };

  const differences = (current: EditableProject): FieldDifference[] => {
    const theirs = toFormValues(current);
    return (Object.keys(labels) as ProjectField[])
      .filter((f) => director || (f !== 'growth_area_id' && f !== 'published'))
      .filter((f) => String(theirs[f]) !== String(values[f]))
      .map((f) => ({
        field: f,
        label: labels[f],
        theirs: display(f, theirs),
        yours: display(f, values),
      }));
  };

  const submit = async (from: EditableProject) => {
    const parsed = projectFormSchema.safeParse(values);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as ProjectField;
        next[field] ??= issue.message;
      }
      setErrors(next);
      const first = (Object.keys(labels) as ProjectField[]).find((f) => next[f]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setPending(true);
    setFormError(null);
    try {
      const saved = await save({
        id: from.id,
        version: from.version,
        patch: toPatch(parsed.data, { director }),
      });
      setConflict(null);
      setBase(saved);
      onSaved(saved);
    } catch (error) {
      if (error instanceof VersionConflictError) {
        setConflict(error.current as EditableProject);
      } else if (error instanceof ZeroRowsError) {
        setFormError(t('edit.zeroRows'));
      } else {
        const constraint = violatedConstraint(error);
        const field = constraint ? constraintFields[constraint] : undefined;
        const text = t('edit.serverError', {
          message: isPostgrestError(error) ? error.message : errorMessage(error),
        });
        if (field) {
          setErrors((e) => ({ ...e, [field]: text }));
          document.getElementById(`${id}-${field}`)?.focus();
        } else {
          setFormError(text);
        }
      }
    } finally {
      setPending(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(base);
  };

  const fieldProps = (field: ProjectField, hint?: string) => ({
    id: `${id}-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby':
      [errors[field] ? `${id}-${field}-error` : '', hint ? `${id}-${field}-hint` : '']
        .filter(Boolean)
        .join(' ') || undefined,
  });

  const errorText = (field: ProjectField) =>
    errors[field] ? (
      <p className="field__error" id={`${id}-${field}-error`}>
        {message(field, errors[field])}
      </p>
    ) : null;

  const textField = (field: 'summary' | 'official_description' | 'schedule_note', rows: number) => {
    const hint = t('edit.charCount', { count: values[field].length, max: projectLimits[field] });
    return (
      <div className="field">
        <label htmlFor={`${id}-${field}`}>{labels[field]}</label>
        <textarea
          {...fieldProps(field, hint)}
          rows={rows}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        />
        <p className="field__hint" id={`${id}-${field}-hint`}>
          {hint}
        </p>
        {errorText(field)}
      </div>
    );
  };

  const section = (title: string, children: ReactNode) => (
    <fieldset className="form-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {conflict && (
        <ConflictMessage
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
        <label htmlFor={`${id}-name`}>{labels.name}</label>
        <input
          {...fieldProps('name')}
          type="text"
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
        />
        {errorText('name')}
      </div>
      {textField('summary', 5)}
      {textField('official_description', 8)}

      <fieldset className="field">
        <legend>{labels.stage}</legend>
        <div className="radio-row">
          {stages.map((s) => (
            <label key={s} className="radio">
              <input
                type="radio"
                name={`${id}-stage`}
                value={s}
                checked={values.stage === s}
                onChange={() => set('stage', s)}
              />
              {t(`stage.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>

      {section(
        t('schedule.label'),
        <>
          <div className="field">
            <label htmlFor={`${id}-schedule_status`}>{labels.schedule_status}</label>
            <select
              {...fieldProps('schedule_status')}
              value={values.schedule_status}
              onChange={(e) =>
                set('schedule_status', scheduleStatuses.find((s) => s === e.target.value) ?? '')
              }
            >
              <option value="">{t('edit.scheduleAuto')}</option>
              {scheduleStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`schedule.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {textField('schedule_note', 3)}
        </>,
      )}

      {section(
        t('project.timeSpan'),
        <div className="form-row">
          {(['starts_on', 'ends_on'] as const).map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`}>{labels[field]}</label>
              <input
                {...fieldProps(field)}
                type="date"
                value={values[field]}
                onChange={(e) => set(field, e.target.value)}
              />
              {errorText(field)}
            </div>
          ))}
        </div>,
      )}

      {director &&
        section(
          t('edit.directorSection'),
          <>
            <div className="field">
              <label htmlFor={`${id}-growth_area_id`}>{labels.growth_area_id}</label>
              <select
                {...fieldProps('growth_area_id')}
                value={values.growth_area_id}
                onChange={(e) => set('growth_area_id', e.target.value)}
              >
                {growthAreas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
                <option value="">{t('portfolio.otherProjects')}</option>
              </select>
            </div>
            <div className="field field--inline">
              <input
                id={`${id}-published`}
                type="checkbox"
                checked={values.published}
                onChange={(e) => set('published', e.target.checked)}
              />
              <label htmlFor={`${id}-published`}>{labels.published}</label>
            </div>
          </>,
        )}

      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('edit.saving') : t('edit.save')}
        </button>
        <Link to={cancelTo}>{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
