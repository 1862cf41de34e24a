import { csvBlob, csvFileName, toCsv } from '@/features/dashboard/public';
import { formatDate } from '@/lib/dates';
import type { IndicatorPageData } from './model';
import { useIndicatorT, type IndicatorT } from './texts';
import { formatQuantity } from './wording';
import { saveFile } from '@/lib/download';

interface Row {
  on: string;
  kind: string;
  value: number;
  note: string | null;
  enteredBy: string | null;
  /** The recorded value behind a value row (null for the baseline and goals). */
  recorded: IndicatorPageData['values'][number] | null;
}

/** Correct and remove buttons beside each recorded value, for those who enter values. */
export interface ValueRowActions {
  onCorrect: (value: IndicatorPageData['values'][number], button: HTMLButtonElement) => void;
  onDelete: (value: IndicatorPageData['values'][number], button: HTMLButtonElement) => void;
}

/** The baseline, each year's goal and every value, in date order: what the chart draws. */
export function tableRows(page: IndicatorPageData, t: IndicatorT): Row[] {
  const rows: Row[] = [];
  const { indicator } = page;
  if (indicator.baseline_on && indicator.baseline_value !== null) {
    rows.push({
      on: indicator.baseline_on,
      kind: t('table.kindBaseline'),
      value: indicator.baseline_value,
      note: null,
      enteredBy: null,
      recorded: null,
    });
  }
  for (const g of page.goals) {
    rows.push({
      on: `${g.year}-12-31`,
      kind: t('table.kindGoal', { year: g.year }),
      value: g.value,
      note: null,
      enteredBy: null,
      recorded: null,
    });
  }
  for (const v of page.values) {
    rows.push({
      on: v.measured_on,
      kind: t('table.kindValue'),
      value: v.value,
      note: v.note,
      enteredBy: v.entered_by_name,
      recorded: v,
    });
  }
  return rows.sort((a, b) => a.on.localeCompare(b.on) || a.kind.localeCompare(b.kind));
}

/** The CSV of the table: ISO dates and plain numbers, so spreadsheets read them as such. */
export function indicatorCsv(page: IndicatorPageData, t: IndicatorT): string {
  const unit = page.indicator.unit;
  return toCsv(
    [
      t('table.date'),
      t('table.kind'),
      unit ? `${t('table.value')} (${unit})` : t('table.value'),
      t('table.note'),
      t('table.enteredBy'),
    ],
    tableRows(page, t).map((r) => [r.on, r.kind, r.value, r.note, r.enteredBy]),
  );
}

function RowButtons({
  recorded,
  actions,
  date,
}: {
  recorded: IndicatorPageData['values'][number];
  actions: ValueRowActions;
  date: string;
}) {
  const { t } = useIndicatorT();
  return (
    <span className="button-row button-row--tight">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={t('valueEdit.correctLabel', { date })}
        data-value-id={recorded.id}
        onClick={(e) => actions.onCorrect(recorded, e.currentTarget)}
      >
        {t('valueEdit.correct')}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={t('valueEdit.deleteLabel', { date })}
        onClick={(e) => actions.onDelete(recorded, e.currentTarget)}
      >
        {t('valueEdit.delete')}
      </button>
    </span>
  );
}

/** The chart's data as a table (its accessible equivalent), with a CSV download. */
export function ValuesTable({
  page,
  actions,
}: {
  page: IndicatorPageData;
  actions?: ValueRowActions;
}) {
  const { t, lang } = useIndicatorT();
  const { indicator } = page;
  const rows = tableRows(page, t);
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="values-caption">
        <table className="data-table">
          <caption id="values-caption">{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.date')}</th>
              <th scope="col">{t('table.kind')}</th>
              <th scope="col" className="numeric">
                {t('table.value')}
              </th>
              <th scope="col">{t('table.note')}</th>
              <th scope="col">{t('table.enteredBy')}</th>
              {actions ? <th scope="col">{t('table.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.on}-${r.kind}`}>
                <th scope="row">{formatDate(r.on, lang)}</th>
                <td>{r.kind}</td>
                <td className="numeric">
                  {formatQuantity(r.value, indicator.unit, indicator.decimals, lang)}
                </td>
                <td>{r.note ?? ''}</td>
                <td>{r.enteredBy ?? ''}</td>
                {actions ? (
                  <td className="value-actions">
                    {r.recorded ? (
                      <RowButtons
                        recorded={r.recorded}
                        actions={actions}
                        date={formatDate(r.on, lang)}
                      />
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() =>
            saveFile(
              csvBlob(indicatorCsv(page, t)),
              csvFileName(`${t('table.csvFile')}-${indicator.name}`, page.today),
            )
          }
        >
          {t('table.csv')}
        </button>
      </p>
    </>
  );
}
