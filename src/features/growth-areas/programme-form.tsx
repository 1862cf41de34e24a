import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import type { FieldDifference } from '@/components/conflict-message';
import { FormMessages, SubmitButton } from '@/components/form/field';
import { TranslatedFields } from '@/components/form/translated-fields';
import { useForm } from '@/components/form/use-form';
import type { ProgrammePatch } from './mutations';
import type { EditableProgramme } from './queries';
import {
  programmeConstraints,
  programmeLimits,
  programmeSchema,
  type ProgrammeFormValues,
} from './schema';

const fields = [
  'name',
  'name_sv',
  'name_en',
  'description',
  'description_sv',
  'description_en',
] as const;

const toValues = (p: EditableProgramme): ProgrammeFormValues => ({
  name: p.name,
  name_sv: p.name_sv ?? '',
  name_en: p.name_en ?? '',
  description: p.description ?? '',
  description_sv: p.description_sv ?? '',
  description_en: p.description_en ?? '',
});

const orNull = (v: string) => (v.trim() === '' ? null : v);

/** Blank translations are NULL (not translated: the pages show the Finnish text, marked). */
export const toProgrammePatch = (v: ProgrammeFormValues): ProgrammePatch => ({
  name: v.name.trim(),
  name_sv: orNull(v.name_sv.trim()),
  name_en: orNull(v.name_en.trim()),
  description: orNull(v.description),
  description_sv: orNull(v.description_sv),
  description_en: orNull(v.description_en),
});

interface Props {
  programme: EditableProgramme;
  save: (input: {
    id: string;
    version: number;
    patch: ProgrammePatch;
  }) => Promise<EditableProgramme>;
  onSaved: (saved: EditableProgramme) => void;
  cancelTo: string;
}

/**
 * Directors and admins write the programme's name and description in Finnish, Swedish and
 * English side by side (#14). Version-checked: a lost race shows what changed and keeps the input.
 */
export function ProgrammeForm({ programme, save, onSaved, cancelTo }: Props) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('content');
  const form = useForm({
    initial: () => toValues(programme),
    schema: programmeSchema,
    fields,
    base: programme,
    save: (values, from) =>
      save({ id: from.id, version: from.version, patch: toProgrammePatch(values) }),
    nextBase: (saved: EditableProgramme) => saved,
    onSaved,
    constraints: programmeConstraints,
    limits: programmeLimits,
  });
  const { values } = form;
  const label = (f: (typeof fields)[number]) => {
    const base = f.startsWith('name') ? tc('programmeForm.name') : tc('programmeForm.description');
    return f.endsWith('_sv')
      ? `${base} (${tc('in.sv')})`
      : f.endsWith('_en')
        ? `${base} (${tc('in.en')})`
        : base;
  };
  const differences = (theirs: EditableProgramme): FieldDifference[] => {
    const saved = toValues(theirs);
    return fields
      .filter((f) => saved[f].trim() !== values[f].trim())
      .map((f) => ({ field: f, label: label(f), theirs: saved[f], yours: values[f] }));
  };
  return (
    <form className="form" {...form.formProps}>
      <FormMessages
        form={form}
        conflictText={tc('programmeForm.conflictText')}
        differences={differences}
      />
      <p className="hint">{tc('translationsHint')}</p>
      <TranslatedFields
        form={form}
        names={{ fi: 'name', sv: 'name_sv', en: 'name_en' }}
        label={tc('programmeForm.name')}
        value={(f) => values[f]}
        onChange={(f, v) => form.set(f, v)}
        max={programmeLimits.name}
      />
      <TranslatedFields
        form={form}
        names={{ fi: 'description', sv: 'description_sv', en: 'description_en' }}
        label={tc('programmeForm.description')}
        value={(f) => values[f]}
        onChange={(f, v) => form.set(f, v)}
        max={programmeLimits.description}
        rows={6}
      />
      <div className="button-row">
        <SubmitButton pending={form.pending}>{t('edit.save')}</SubmitButton>
        <Link to={cancelTo}>{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
