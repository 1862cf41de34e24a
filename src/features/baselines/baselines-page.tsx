import { useMutation, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useSearchParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import { formatDateTime } from '@/lib/dates';
import { errorMessage, ZeroRowsError } from '@/lib/errors';
import { toLanguage } from '@/lib/language';
import { isDirector, useAccess } from '@/lib/session';
import { BaselineComparison, canReadBaselines } from './comparison';
import { baselineMutations } from './mutations';
import { baselineQueries, type Baseline, type Programme } from './queries';
import {
  baselineConstraints,
  baselineFields,
  baselineLimits,
  baselineSchema,
  type BaselineFormValues,
} from './schema';
import './baselines.css';

/** A director names and saves a baseline of the programme's plan as it is now. */
export function TakeBaselineForm({
  programme,
  onSaved,
}: {
  programme: Programme;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation('reports');
  const take = useMutation(baselineMutations.take());
  const form = useForm({
    initial: (): BaselineFormValues => ({ name: '' }),
    schema: baselineSchema,
    fields: baselineFields,
    base: null,
    save: async (values: { name: string }) => {
      await take.mutateAsync({ programmeId: programme.id, name: values.name });
      return values.name;
    },
    onSaved: (name) => {
      form.reset({ name: '' });
      onSaved(name);
    },
    constraints: baselineConstraints,
    limits: baselineLimits,
  });
  return (
    <form className="form" aria-labelledby="baseline-new" {...form.formProps}>
      <h2 id="baseline-new">{t('baselines.newHeading')}</h2>
      <FormMessages form={form} />
      <Field form={form} name="name" label={t('baselines.name')} hint={t('baselines.nameHint')}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={form.values.name}
            maxLength={baselineLimits.name + 50}
            onChange={(e) => form.set('name', e.target.value)}
          />
        )}
      </Field>
      <SubmitButton pending={form.pending}>{t('baselines.save')}</SubmitButton>
    </form>
  );
}

function BaselineList({
  baselines,
  canDelete,
  onCompare,
  onDeleted,
  onDeleteFailed,
}: {
  baselines: readonly Baseline[];
  canDelete: boolean;
  onCompare: (id: string) => void;
  onDeleted: (name: string) => void;
  onDeleteFailed: (message: string) => void;
}) {
  const { t, i18n } = useTranslation('reports');
  const lang = toLanguage(i18n.language);
  const remove = useMutation(baselineMutations.remove());
  if (baselines.length === 0) return <p>{t('baselines.empty')}</p>;
  const del = async (b: Baseline) => {
    if (!window.confirm(t('baselines.deleteConfirm', { name: b.name }))) return;
    try {
      await remove.mutateAsync(b.id);
      onDeleted(b.name);
    } catch (e) {
      onDeleteFailed(
        e instanceof ZeroRowsError
          ? t('baselines.deleteNone')
          : t('baselines.deleteFailed', { message: errorMessage(e) }),
      );
    }
  };
  return (
    <table className="baselines-table">
      <caption className="visually-hidden">{t('baselines.listHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('baselines.colName')}</th>
          <th scope="col">{t('baselines.colTaken')}</th>
          <th scope="col">{t('baselines.colContents')}</th>
          <th scope="col">{t('baselines.colActions')}</th>
        </tr>
      </thead>
      <tbody>
        {baselines.map((b) => (
          <tr key={b.id}>
            <th scope="row">{b.name}</th>
            <td>
              <time dateTime={b.takenAt}>{formatDateTime(b.takenAt, lang)}</time>
            </td>
            <td>{t('baselines.counts', { projects: b.projectCount, tasks: b.taskCount })}</td>
            <td>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={t('baselines.compareNamed', { name: b.name })}
                onClick={() => onCompare(b.id)}
              >
                {t('baselines.compare')}
              </button>
              {canDelete ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('baselines.deleteNamed', { name: b.name })}
                  disabled={remove.isPending}
                  onClick={() => void del(b)}
                >
                  {t('baselines.delete')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** /baselines: save, list, compare and delete a programme's baselines. */
export function BaselinesPage() {
  const { t } = useTranslation('reports');
  const [params, setParams] = useSearchParams();
  const access = useAccess();
  const { data: programme } = useSuspenseQuery(baselineQueries.programme(params.get('programme')));
  const readable = canReadBaselines(access);
  const list = useQuery({
    ...baselineQueries.list(programme?.id ?? ''),
    enabled: !!programme && readable,
  });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const compareId = params.get('compare');
  const compared = list.data?.find((b) => b.id === compareId) ?? null;

  const setCompare = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('compare', id);
    else next.delete('compare');
    setParams(next, { replace: true, preventScrollReset: true });
  };

  return (
    <section className="baselines-page">
      <PageTitle title={t('baselines.title')} />
      <h1>{t('baselines.title')}</h1>
      <p>{t('baselines.intro')}</p>
      {programme ? <p>{t('baselines.programme', { name: programme.name })}</p> : null}
      {!readable ? <p>{t('baselines.noAccess')}</p> : null}
      <div aria-live="polite">
        {message ? (
          <p
            className={message.error ? 'notice notice--error' : 'notice notice--success'}
            role={message.error ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        ) : null}
      </div>
      {programme && isDirector(access) ? (
        <TakeBaselineForm
          programme={programme}
          onSaved={(name) => setMessage({ text: t('baselines.saved', { name }), error: false })}
        />
      ) : readable ? (
        <p>{t('baselines.readOnly')}</p>
      ) : null}
      {readable ? (
        <section aria-labelledby="baselines-list">
          <h2 id="baselines-list">{t('baselines.listHeading')}</h2>
          {list.isPending ? (
            <p role="status">{t('baselines.loading')}</p>
          ) : list.isError ? (
            <p role="alert">{t('baselines.loadFailed')}</p>
          ) : (
            <BaselineList
              baselines={list.data}
              canDelete={isDirector(access)}
              onCompare={setCompare}
              onDeleted={(name) => {
                if (compared?.name === name) setCompare(null);
                setMessage({ text: t('baselines.deleted', { name }), error: false });
              }}
              onDeleteFailed={(text) => setMessage({ text, error: true })}
            />
          )}
        </section>
      ) : null}
      {compared ? (
        <section aria-labelledby="baselines-changes">
          <h2 id="baselines-changes">{t('baselines.changesHeading', { name: compared.name })}</h2>
          <BaselineComparison baseline={compared} />
        </section>
      ) : null}
    </section>
  );
}
