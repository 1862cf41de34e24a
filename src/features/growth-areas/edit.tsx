import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import type { FieldDifference } from '@/components/conflict-message';
import { FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import type { GrowthAreaPatch } from './mutations';
import type { EditableGrowthArea } from './queries';
import { AreaFields } from './fields';
import {
  areaConstraints,
  areaEditSchema,
  areaLimits,
  fieldOrder,
  type AreaFormValues,
} from './schema';

interface Props {
  area: EditableGrowthArea;
  people: { id: string; full_name: string; title: string | null }[];
  save: (input: {
    id: string;
    version: number;
    patch: GrowthAreaPatch;
  }) => Promise<EditableGrowthArea>;
  onSaved: (saved: EditableGrowthArea) => void;
  cancelTo: string;
}

const toValues = (a: EditableGrowthArea): AreaFormValues => ({
  name: a.name,
  slug: '',
  color: a.color,
  sort_order: String(a.sort_order),
  description: a.description ?? '',
  lead_person_id: a.lead_person_id ?? '',
  name_sv: a.name_sv ?? '',
  name_en: a.name_en ?? '',
  description_sv: a.description_sv ?? '',
  description_en: a.description_en ?? '',
});

const orNull = (v: string) => (v.trim() === '' ? null : v);

export const toPatch = (v: AreaFormValues): GrowthAreaPatch => ({
  name: v.name.trim(),
  color: v.color.trim().toLowerCase(),
  sort_order: Number(v.sort_order.trim()),
  description: v.description.trim() === '' ? null : v.description,
  lead_person_id: v.lead_person_id || null,
  // An empty translation is NULL: not translated (the pages fall back to Finnish).
  name_sv: orNull(v.name_sv.trim()),
  name_en: orNull(v.name_en.trim()),
  description_sv: orNull(v.description_sv),
  description_en: orNull(v.description_en),
});

/**
 * Directors and admins rename a growth area, pick its colour and place in the order, write its
 * description and name its lead (or leave the post vacant). Version-checked: a lost race shows
 * what changed and keeps the input.
 */
export function GrowthAreaForm({ area, people, save, onSaved, cancelTo }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initial: () => toValues(area),
    schema: areaEditSchema,
    fields: fieldOrder,
    base: area,
    save: (values, from) => save({ id: from.id, version: from.version, patch: toPatch(values) }),
    nextBase: (saved: EditableGrowthArea) => saved,
    onSaved,
    constraints: areaConstraints,
    limits: areaLimits,
  });
  const { values } = form;
  const personName = (pid: string) =>
    people.find((p) => p.id === pid)?.full_name ?? t('areaForm.vacant');

  const differences = (theirs: EditableGrowthArea): FieldDifference[] => {
    const saved = toValues(theirs);
    const rows: FieldDifference[] = [];
    const compare = (field: keyof AreaFormValues, label: string, show = (v: string) => v) => {
      if (saved[field].trim() !== values[field].trim()) {
        rows.push({ field, label, theirs: show(saved[field]), yours: show(values[field]) });
      }
    };
    const sv = t('in.sv', { ns: 'content' });
    const en = t('in.en', { ns: 'content' });
    compare('name', t('areaForm.name'));
    compare('name_sv', `${t('areaForm.name')} (${sv})`);
    compare('name_en', `${t('areaForm.name')} (${en})`);
    compare('color', t('areaForm.colorCode'), (v) => v.toLowerCase());
    compare('sort_order', t('areaForm.order'));
    compare('lead_person_id', t('areaForm.lead'), personName);
    compare('description', t('areaForm.description'));
    compare('description_sv', `${t('areaForm.description')} (${sv})`);
    compare('description_en', `${t('areaForm.description')} (${en})`);
    return rows;
  };

  return (
    <form className="form" {...form.formProps}>
      <FormMessages
        form={form}
        conflictText={t('areaForm.conflictText')}
        differences={differences}
      />
      <AreaFields form={form} people={people} withSlug={false} onChange={form.set} />
      <div className="button-row">
        <SubmitButton pending={form.pending}>{t('edit.save')}</SubmitButton>
        <Link to={cancelTo}>{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
