import { useMutation, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSpreadsheetT } from './texts';
import { Link } from 'react-router';
import { z } from 'zod';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import { errorMessage, isPostgrestError } from '@/lib/errors';
import { languages, type Language } from '@/lib/language';
import { buildFile, checkFile } from './files';
import { importMutations } from './mutations';
import { allProblems, columnName, describeProblem, previewRows, problemText } from './preview';
import { spreadsheetQueries, type ImportOutcome, type RowAction } from './queries';
import type { ImportCheck } from './validate';
import './import.css';
import { saveFile } from '@/lib/download';

const PAGE_ROWS = 100;

interface Checked {
  programmeId: string;
  fileName: string;
  check: ImportCheck;
}

const schema = z.object({
  programme_id: z.string().min(1, 'edit.required'),
  file: z.custom<File>((v) => v instanceof File, { message: 'edit.required' }),
});

function TemplateLinks({ growthAreas }: { growthAreas: string[] }) {
  const { t } = useSpreadsheetT();
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (lng: Language) => {
    setFailure(null);
    try {
      const blob = await buildFile({ kind: 'template', lng, growthAreas });
      saveFile(blob, t('page.templateFile', { lng }));
    } catch (error) {
      setFailure(t('actions.exportFailed', { message: errorMessage(error) }));
    }
  };
  return (
    <section aria-labelledby="import-template">
      <h2 id="import-template">{t('page.templateTitle')}</h2>
      <p>{t('page.templateIntro')}</p>
      <div className="button-row">
        {languages.map((lng) => (
          <button
            key={lng}
            type="button"
            className="button button--secondary"
            onClick={() => void download(lng)}
          >
            {t(`page.template_${lng}`)}
          </button>
        ))}
      </div>
      {failure ? (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}

function ActionText({ kind, action }: { kind: 'project' | 'task'; action: RowAction | null }) {
  const { t } = useSpreadsheetT();
  if (!action) return null;
  return (
    <span className={`import-action import-action--${action}`}>{t(`page.${kind}_${action}`)}</span>
  );
}

function Preview({ checked, onDone }: { checked: Checked; onDone: (o: ImportOutcome) => void }) {
  const { t, i18n } = useSpreadsheetT();
  const { check, programmeId, fileName } = checked;
  const preview = useQuery(spreadsheetQueries.preview(programmeId, check.payload));
  const commit = useMutation(importMutations.commit());
  const [showAll, setShowAll] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [checked]);

  const outcome = preview.data;
  const problems = allProblems(check, outcome);
  const rows = previewRows(check, outcome, problems);
  const shown = showAll ? rows : rows.slice(0, PAGE_ROWS);
  const lng = i18n.language;
  const failure: unknown = commit.error;
  const commitError = failure
    ? isPostgrestError(failure) && failure.code === '42501'
      ? t('page.refused')
      : t('page.failed', { message: errorMessage(failure) })
    : null;

  return (
    <section aria-labelledby="import-preview" className="import-preview">
      <h2 id="import-preview" ref={heading} tabIndex={-1}>
        {t('page.previewTitle')}
      </h2>
      <p>{t('page.previewOf', { file: fileName, sheet: check.sheet })}</p>
      <div role="status">
        {preview.isPending ? <p>{t('page.checking')}</p> : null}
        {outcome ? (
          <p className="import-summary">
            {t('page.summary', {
              created: outcome.created,
              updated: outcome.updated,
              unchanged: outcome.unchanged,
            })}
          </p>
        ) : null}
      </div>
      {preview.isError ? (
        <p className="notice notice--error" role="alert">
          {t('page.failed', { message: errorMessage(preview.error) })}
        </p>
      ) : null}
      {check.ignored.length > 0 ? (
        <p className="notice notice--warning">
          {t('page.ignored', { columns: check.ignored.join(', ') })}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <div className="notice notice--error" role="alert">
          <h3>{t('page.problemsTitle')}</h3>
          <p>{t('page.problems', { count: problems.length })}</p>
          <ul className="import-problems">
            {problems.map((p, i) => (
              <li key={i}>{describeProblem(p, t, lng)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div className="import-table-wrap">
          <table className="import-table">
            <caption>{t('page.rowsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('page.colRow')}</th>
                <th scope="col">{t('page.colProject')}</th>
                <th scope="col">{t('page.colTask')}</th>
                <th scope="col">{t('page.colAction')}</th>
                <th scope="col">{t('page.colProblems')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.row} className={r.problems.length ? 'import-row--problem' : undefined}>
                  <th scope="row">{r.row}</th>
                  <td>{r.project}</td>
                  <td>{r.task}</td>
                  <td>
                    <ActionText kind="project" action={r.projectAction} />
                    <ActionText kind="task" action={r.taskAction} />
                  </td>
                  <td>
                    {r.problems.length > 0 ? (
                      <ul className="import-cell-problems">
                        {r.problems.map((p, i) => (
                          <li key={i}>
                            <strong>{columnName(p, lng)}</strong>: {problemText(p, t)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {!showAll && rows.length > PAGE_ROWS ? (
        <button type="button" className="button button--secondary" onClick={() => setShowAll(true)}>
          {t('page.showAll', { count: rows.length })}
        </button>
      ) : null}
      {commitError ? (
        <p className="notice notice--error" role="alert">
          {commitError}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={!outcome || problems.length > 0 || commit.isPending}
          onClick={() =>
            commit.mutate({ programmeId, payload: check.payload }, { onSuccess: onDone })
          }
        >
          {commit.isPending ? t('page.committing') : t('page.commit')}
        </button>
      </div>
    </section>
  );
}

function Result({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useSpreadsheetT();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), [outcome]);
  return (
    <div className="notice notice--success" role="status" ref={notice} tabIndex={-1}>
      <p>
        {t('page.done', {
          created: outcome.created,
          updated: outcome.updated,
          unchanged: outcome.unchanged,
        })}
      </p>
      <p>
        <Link to="/">{t('page.toPortfolio')}</Link>
      </p>
    </div>
  );
}

/** The director's import: choose the programme and a file, read the preview, then import. */
export function ImportPage() {
  const { t } = useSpreadsheetT();
  const { data: programmes } = useSuspenseQuery(spreadsheetQueries.programmes());
  const [checked, setChecked] = useState<Checked | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const form = useForm({
    initial: { programme_id: programmes[0]?.id ?? '', file: null as File | null },
    schema,
    fields: ['programme_id', 'file'],
    base: null,
    save: async (parsed) => {
      const growthAreas = programmes.find((p) => p.id === parsed.programme_id)?.growthAreas ?? [];
      const answer = await checkFile(parsed.file, growthAreas);
      if (!answer.ok)
        throw new Error(t(answer.reason === 'type' ? 'page.badType' : 'page.corrupt'));
      return { programmeId: parsed.programme_id, fileName: parsed.file.name, check: answer.check };
    },
    onSaved: (next) => {
      setOutcome(null);
      setChecked(next);
    },
    describeError: (error) => errorMessage(error),
  });
  const growthAreas = programmes.find((p) => p.id === form.values.programme_id)?.growthAreas ?? [];

  return (
    <>
      <p>{t('page.intro')}</p>
      <p>{t('page.rules')}</p>
      <TemplateLinks growthAreas={growthAreas} />
      <form {...form.formProps} className="import-form">
        <FormMessages form={form} />
        <Field form={form} name="programme_id" label={t('page.programme')}>
          {(control) => (
            <select
              {...control}
              value={form.values.programme_id}
              onChange={(e) => form.set('programme_id', e.target.value)}
            >
              {programmes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field form={form} name="file" label={t('page.file')} hint={t('page.fileHint')}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              onChange={(e) => form.set('file', e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <SubmitButton pending={form.pending} pendingLabel={t('page.reading')}>
          {t('page.preview')}
        </SubmitButton>
      </form>
      {outcome ? <Result outcome={outcome} /> : null}
      {checked && !outcome ? <Preview checked={checked} onDone={setOutcome} /> : null}
    </>
  );
}
