import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { FieldDifference } from '@/components/conflict-message';
import { FormMessages, SubmitButton } from '@/components/form/field';
import { TranslatedFields, TranslatedRoleForm } from '@/components/form/translated-fields';
import { useForm } from '@/components/form/use-form';
import { Translated } from '@/components/translated';
import { useToast } from '@/components/toast';
import { localize, useContentLanguage } from '@/lib/translated';
import { linkTextMutations, type FollowUpTextsPatch } from './mutations';
import { linkTextQueries, type FollowUpTextsRow } from './queries';
import {
  followUpTextsConstraints,
  followUpTextsLimits,
  followUpTextsSchema,
  partnerRoleConstraints,
  partnerRoleLimit,
  type FollowUpTextsValues,
} from './schema';

const fields = ['name', 'name_sv', 'name_en', 'note', 'note_sv', 'note_en'] as const;

const toValues = (row: FollowUpTextsRow): FollowUpTextsValues => ({
  name: row.name ?? '',
  name_sv: row.name_sv ?? '',
  name_en: row.name_en ?? '',
  note: row.note ?? '',
  note_sv: row.note_sv ?? '',
  note_en: row.note_en ?? '',
});

/** An empty text is NULL: none, or (sv/en) not translated — the Finnish one stands in. */
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

export const toFollowUpTextsPatch = (v: FollowUpTextsValues): FollowUpTextsPatch => ({
  name: orNull(v.name),
  name_sv: orNull(v.name_sv),
  name_en: orNull(v.name_en),
  note: orNull(v.note),
  note_sv: orNull(v.note_sv),
  note_en: orNull(v.note_en),
});

type Save = (input: {
  id: string;
  version: number;
  patch: FollowUpTextsPatch;
}) => Promise<FollowUpTextsRow>;

/**
 * A follow-up application's name and note in Finnish, Swedish and English side by side (#14 §1),
 * saved from the version the edit started at: someone else's newer save shows the differences
 * with the input kept; a refused write (zero rows) is said above the button.
 */
export function FollowUpTextsForm({
  row,
  title,
  save,
  onSaved,
}: {
  row: FollowUpTextsRow;
  /** What names the follow-up in the heading (its name, or its project's). */
  title: string;
  save: Save;
  onSaved: (saved: FollowUpTextsRow) => void;
}) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('content');
  const linked = row.follow_up_project_id !== null;
  const form = useForm({
    initial: () => toValues(row),
    schema: followUpTextsSchema(!linked),
    fields: [...fields],
    base: row,
    save: (values, from) =>
      save({ id: from.id, version: from.version, patch: toFollowUpTextsPatch(values) }),
    nextBase: (saved: FollowUpTextsRow) => saved,
    onSaved,
    constraints: followUpTextsConstraints,
    limits: followUpTextsLimits,
  });
  const { values } = form;
  const labelOf = (f: (typeof fields)[number]) => {
    const base = f.startsWith('name') ? t('linkTexts.followUpName') : t('linkTexts.followUpNote');
    return f.endsWith('_sv') || f.endsWith('_en')
      ? `${base} (${tc(`in.${f.endsWith('_sv') ? 'sv' : 'en'}`)})`
      : base;
  };
  const differences = (theirs: FollowUpTextsRow): FieldDifference[] => {
    const saved = toValues(theirs);
    return fields
      .filter((f) => saved[f].trim() !== values[f].trim())
      .map((f) => ({ field: f, label: labelOf(f), theirs: saved[f], yours: values[f] }));
  };
  return (
    <form className="form" {...form.formProps} aria-labelledby={`${form.id}-title`}>
      <h4 id={`${form.id}-title`}>{t('linkTexts.followUpTitle', { name: title })}</h4>
      <FormMessages
        form={form}
        conflictText={t('linkTexts.conflictText')}
        differences={differences}
      />
      {linked && <p className="hint">{t('linkTexts.followUpNameHint')}</p>}
      <TranslatedFields
        form={form}
        names={{ fi: 'name', sv: 'name_sv', en: 'name_en' }}
        label={t('linkTexts.followUpName')}
        value={(f) => values[f]}
        onChange={(f, v) => form.set(f, v)}
        max={followUpTextsLimits.name}
      />
      <TranslatedFields
        form={form}
        names={{ fi: 'note', sv: 'note_sv', en: 'note_en' }}
        label={t('linkTexts.followUpNote')}
        value={(f) => values[f]}
        onChange={(f, v) => form.set(f, v)}
        max={followUpTextsLimits.note}
        rows={3}
      />
      <SubmitButton pending={form.pending}>{t('linkTexts.save')}</SubmitButton>
    </form>
  );
}

/**
 * Directors write a project's partner roles and follow-up names and notes in Finnish, Swedish
 * and English (#14 §1; RLS lets only directors write these rows). Lives on the project's edit
 * page, a lazy route: nothing of it reaches a public page's first visit.
 */
export function PartnersFollowUpsEditor({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const toast = useToast();
  const { data } = useSuspenseQuery(linkTextQueries.forProject(projectId));
  const updateRole = useMutation(linkTextMutations.partnerRole());
  const updateFollowUp = useMutation(linkTextMutations.followUpTexts());
  /** The partner whose role is being edited (its row id), if any. */
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="form-section" aria-labelledby="link-texts-title">
      <h2 id="link-texts-title">{t('linkTexts.title')}</h2>
      <p className="hint">{t('linkTexts.intro')}</p>

      <h3>{t('linkTexts.partners')}</h3>
      {data.partners.length === 0 ? (
        <p className="empty">{t('linkTexts.noPartners')}</p>
      ) : (
        <ul className="plain-list">
          {data.partners.map((p) => {
            const name = p.organisation?.name ?? '';
            return (
              <li key={p.id} className="member">
                <span>
                  <strong>{name}</strong>
                  {p.role && (
                    <>
                      {' – '}
                      <Translated value={localize(p, 'role', lang)} />
                    </>
                  )}
                </span>
                <span className="button-row">
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t('linkTexts.editRoleLabel', { name })}
                    aria-expanded={editing === p.id}
                    onClick={() => setEditing(editing === p.id ? null : p.id)}
                  >
                    {t('roleForm.edit')}
                  </button>
                </span>
                {editing === p.id && (
                  <TranslatedRoleForm
                    row={p}
                    person={name}
                    label={t('linkTexts.partnerRole')}
                    required={false}
                    max={partnerRoleLimit}
                    constraints={partnerRoleConstraints}
                    save={(input) => updateRole.mutateAsync(input)}
                    onSaved={() => {
                      toast({ message: t('roleForm.saved', { name }), tone: 'success' });
                      setEditing(null);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}

      <h3>{t('linkTexts.followUps')}</h3>
      {data.followUps.length === 0 ? (
        <p className="empty">{t('linkTexts.noFollowUps')}</p>
      ) : (
        data.followUps.map((f) => {
          const title = f.name ?? f.follow_up?.name ?? '';
          return (
            <FollowUpTextsForm
              key={f.id}
              row={f}
              title={title}
              save={(input) => updateFollowUp.mutateAsync(input)}
              onSaved={(saved) =>
                toast({
                  message: t('linkTexts.saved', { name: saved.name ?? title }),
                  tone: 'success',
                })
              }
            />
          );
        })
      )}
    </section>
  );
}
