import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import type { FieldDifference } from '@/components/conflict-message';
import { FormMessages, SubmitButton } from '@/components/form/field';
import { TranslatedFields } from '@/components/form/translated-fields';
import { useForm } from '@/components/form/use-form';
import { useToast } from '@/components/toast';
import { fundingMutations, type FundingNotesPatch } from './mutations';
import { fundingQueries, type FundingNotesRow } from './queries';
import {
  fundingNotesConstraints,
  fundingNotesLimits,
  fundingNotesSchema,
  type FundingNotesValues,
} from './schema';

const toValues = (row: FundingNotesRow): FundingNotesValues => ({
  note: row.note ?? '',
  note_sv: row.note_sv ?? '',
  note_en: row.note_en ?? '',
});

/** An empty note is NULL: no note, or (sv/en) not translated — the Finnish one stands in. */
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

export const toFundingNotesPatch = (v: FundingNotesValues): FundingNotesPatch => ({
  note: orNull(v.note),
  note_sv: orNull(v.note_sv),
  note_en: orNull(v.note_en),
});

type Save = (input: {
  id: string;
  version: number;
  patch: FundingNotesPatch;
}) => Promise<FundingNotesRow>;

/** One funding row's note in Finnish, Swedish and English side by side; version-checked. */
export function FundingNotesForm({
  row,
  save,
  onSaved,
}: {
  row: FundingNotesRow;
  save: Save;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('content');
  const form = useForm({
    initial: () => toValues(row),
    schema: fundingNotesSchema,
    fields: ['note', 'note_sv', 'note_en'],
    base: row,
    save: (values, from) =>
      save({ id: from.id, version: from.version, patch: toFundingNotesPatch(values) }),
    nextBase: (saved: FundingNotesRow) => saved,
    onSaved,
    constraints: fundingNotesConstraints,
    limits: fundingNotesLimits,
  });
  const { values } = form;
  const title = tc('fundingNotes.rowTitle', {
    instrument: row.instrument,
    state: t(`funding.state_${row.state}`),
  });
  const differences = (theirs: FundingNotesRow): FieldDifference[] => {
    const saved = toValues(theirs);
    return (['note', 'note_sv', 'note_en'] as const)
      .filter((f) => saved[f].trim() !== values[f].trim())
      .map((f) => ({
        field: f,
        label:
          f === 'note'
            ? tc('fundingNotes.note')
            : `${tc('fundingNotes.note')} (${tc(`in.${f === 'note_sv' ? 'sv' : 'en'}`)})`,
        theirs: saved[f],
        yours: values[f],
      }));
  };
  return (
    <form className="form" {...form.formProps} aria-labelledby={`${form.id}-title`}>
      <h3 id={`${form.id}-title`}>{title}</h3>
      <FormMessages
        form={form}
        conflictText={tc('fundingNotes.conflictText')}
        differences={differences}
      />
      <TranslatedFields
        form={form}
        names={{ fi: 'note', sv: 'note_sv', en: 'note_en' }}
        label={tc('fundingNotes.note')}
        value={(f) => values[f]}
        onChange={(f, v) => form.set(f, v)}
        max={fundingNotesLimits.note}
        rows={3}
      />
      <SubmitButton pending={form.pending}>{tc('fundingNotes.save')}</SubmitButton>
    </form>
  );
}

/** Directors write the notes of a project's funding rows in three languages (#14). */
export function FundingNotesEditor({ projectId }: { projectId: string }) {
  const { t: tc } = useTranslation('content');
  const toast = useToast();
  const { data: rows } = useSuspenseQuery(fundingQueries.notes(projectId));
  const update = useMutation(fundingMutations.updateNotes());
  return (
    <section className="form-section" aria-labelledby="funding-notes-title">
      <h2 id="funding-notes-title">{tc('fundingNotes.title')}</h2>
      <p className="hint">{tc('fundingNotes.intro')}</p>
      {rows.length === 0 ? (
        <p className="empty">{tc('fundingNotes.none')}</p>
      ) : (
        rows.map((row) => (
          <FundingNotesForm
            key={row.id}
            row={row}
            save={(input) => update.mutateAsync(input)}
            onSaved={() => toast({ message: tc('fundingNotes.saved'), tone: 'success' })}
          />
        ))
      )}
    </section>
  );
}
