import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import type { FieldDifference } from '@/components/conflict-message';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { TranslatedFields } from '@/components/form/translated-fields';
import { useForm } from '@/components/form/use-form';
import { scheduleStatuses, stages } from '@/lib/domain';
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

interface Props {
  project: EditableProject;
  growthAreas: { id: string; name: string }[];
  /** Directors also move the project and publish it. */
  director: boolean;
  save: (update: ProjectUpdate) => Promise<EditableProject>;
  onSaved: (saved: EditableProject) => void;
  cancelTo: string;
}

const order: ProjectField[] = [
  'name',
  'name_sv',
  'name_en',
  'summary',
  'summary_sv',
  'summary_en',
  'official_description',
  'official_description_sv',
  'official_description_en',
  'stage',
  'schedule_status',
  'schedule_note',
  'starts_on',
  'ends_on',
  'progress_manual',
  'progress_note',
  'growth_area_id',
  'published',
];

export function ProjectEditForm({
  project,
  growthAreas,
  director,
  save,
  onSaved,
  cancelTo,
}: Props) {
  const { t } = useTranslation();
  // Progress's words live with the indicators (locales/indicators, loaded by the route).
  const { t: ti } = useTranslation('indicators');
  const form = useForm({
    initial: () => toFormValues(project),
    schema: projectFormSchema,
    fields: order,
    // The row the edit is based on; its version goes with the PATCH.
    base: project,
    save: (values, from) =>
      save({ id: from.id, version: from.version, patch: toPatch(values, { director }) }),
    nextBase: (saved: EditableProject) => saved,
    onSaved,
    constraints: constraintFields,
    limits: projectLimits,
  });
  const { id, values, set } = form;

  const inLanguage = (label: string, lng: 'sv' | 'en') =>
    `${label} (${t(`in.${lng}`, { ns: 'content' })})`;
  const labels: Record<ProjectField, string> = {
    name: t('edit.name'),
    name_sv: inLanguage(t('edit.name'), 'sv'),
    name_en: inLanguage(t('edit.name'), 'en'),
    summary: t('project.summary'),
    summary_sv: inLanguage(t('project.summary'), 'sv'),
    summary_en: inLanguage(t('project.summary'), 'en'),
    official_description: t('project.officialDescription'),
    official_description_sv: inLanguage(t('project.officialDescription'), 'sv'),
    official_description_en: inLanguage(t('project.officialDescription'), 'en'),
    stage: t('stage.label'),
    schedule_status: t('edit.scheduleStatus'),
    schedule_note: t('edit.scheduleNote'),
    starts_on: t('edit.startsOn'),
    ends_on: t('edit.endsOn'),
    growth_area_id: t('project.growthArea'),
    published: t('project.published'),
    progress_manual: ti('progressForm.manual'),
    progress_note: ti('progressForm.note'),
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
    if (field === 'progress_manual' && v.progress_manual.trim() === '') {
      return ti('progressForm.computed');
    }
    return String(value);
  };

  const differences = (current: EditableProject): FieldDifference[] => {
    const theirs = toFormValues(current);
    return order
      .filter((f) => director || (f !== 'growth_area_id' && f !== 'published'))
      .filter((f) => String(theirs[f]) !== String(values[f]))
      .map((f) => ({
        field: f,
        label: labels[f],
        theirs: display(f, theirs),
        yours: display(f, values),
      }));
  };

  /** One text in Finnish, Swedish and English side by side. */
  const translated = (field: 'name' | 'summary' | 'official_description', rows?: number) => (
    <TranslatedFields
      form={form}
      names={{ fi: field, sv: `${field}_sv`, en: `${field}_en` }}
      label={labels[field]}
      value={(f) => String(values[f])}
      onChange={(f, v) => set(f, v)}
      max={projectLimits[field]}
      rows={rows}
    />
  );

  const textField = (field: 'schedule_note', rows: number) => (
    <Field
      form={form}
      name={field}
      label={labels[field]}
      hint={t('edit.charCount', { count: values[field].length, max: projectLimits[field] })}
    >
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );

  const section = (title: string, children: ReactNode) => (
    <fieldset className="form-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );

  return (
    <form className="form" {...form.formProps}>
      <FormMessages form={form} differences={differences} />
      <p className="field__hint">{t('translationsHint', { ns: 'content' })}</p>
      {translated('name')}
      {translated('summary', 5)}
      {translated('official_description', 8)}

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
          <Field form={form} name="schedule_status" label={labels.schedule_status}>
            {(control) => (
              <select
                {...control}
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
            )}
          </Field>
          {textField('schedule_note', 3)}
        </>,
      )}

      {section(
        t('project.timeSpan'),
        <div className="form-row">
          {(['starts_on', 'ends_on'] as const).map((field) => (
            <Field form={form} name={field} label={labels[field]} key={field}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={values[field]}
                  onChange={(e) => set(field, e.target.value)}
                />
              )}
            </Field>
          ))}
        </div>,
      )}

      {section(
        ti('progressForm.legend'),
        <>
          <Field
            form={form}
            name="progress_manual"
            label={labels.progress_manual}
            hint={ti('progressForm.manualHint')}
          >
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                autoComplete="off"
                className="input--short"
                value={values.progress_manual}
                onChange={(e) => set('progress_manual', e.target.value)}
              />
            )}
          </Field>
          <Field
            form={form}
            name="progress_note"
            label={labels.progress_note}
            hint={t('edit.charCount', {
              count: values.progress_note.length,
              max: projectLimits.progress_note,
            })}
          >
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={values.progress_note}
                onChange={(e) => set('progress_note', e.target.value)}
              />
            )}
          </Field>
        </>,
      )}

      {director &&
        section(
          t('edit.directorSection'),
          <>
            <Field form={form} name="growth_area_id" label={labels.growth_area_id}>
              {(control) => (
                <select
                  {...control}
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
              )}
            </Field>
            <Field form={form} name="published" label={labels.published} inline>
              {(control) => (
                <input
                  {...control}
                  type="checkbox"
                  checked={values.published}
                  onChange={(e) => set('published', e.target.checked)}
                />
              )}
            </Field>
          </>,
        )}

      <div className="button-row">
        <SubmitButton pending={form.pending}>{t('edit.save')}</SubmitButton>
        <Link to={cancelTo}>{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
