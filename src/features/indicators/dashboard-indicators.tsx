import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { isDirector, useAccess } from '@/lib/session';
import { Translated } from '@/components/translated';
import { localize } from '@/lib/translated';
import type { IndicatorListItem } from './model';
import { indicatorQueries } from './queries';
import { useIndicatorT, useIndicatorTexts } from './texts';
import './indicators.css';
import { reasonText } from './wording';

function AttentionTable({
  id,
  title,
  empty,
  rows,
}: {
  id: string;
  title: string;
  empty: string;
  rows: readonly IndicatorListItem[];
}) {
  const { t, lang } = useIndicatorT();
  return (
    <section aria-labelledby={id} className="dashboard-list">
      <h3 id={id}>
        {title} <span className="muted">({rows.length})</span>
      </h3>
      {rows.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.colIndicator')}</th>
                <th scope="col">{t('dashboard.colReason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Translated
                      as={Link}
                      to={`/indicators/${row.id}`}
                      value={localize(row, 'name', lang)}
                    />
                  </th>
                  <td>{reasonText(row.reason, t, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The dashboard's "indicators behind" and "indicators without a recent value", with reasons:
 * one request (indicator_status filtered by status), the dashboard's third. The dashboard's
 * growth-area filter (?area=) and lead filter (?lead=: indicators owned by or fed by a project
 * that person leads) narrow them in the browser: the list is short, and another filter needs no
 * new request.
 */
export function DashboardIndicators() {
  useIndicatorTexts();
  const { t } = useIndicatorT();
  const [params] = useSearchParams();
  const area = params.get('area');
  const lead = params.get('lead');
  const access = useAccess();
  const { data: all } = useSuspenseQuery(indicatorQueries.attention());
  // 'other' (projects outside the growth areas) has no indicators of a growth area.
  const data = all.filter(
    (r) => (!area || r.scope_growth_area_id === area) && (!lead || r.leads.includes(lead)),
  );
  return (
    <section aria-labelledby="dashboard-indicators">
      <h2 id="dashboard-indicators">{t('heading')}</h2>
      {isDirector(access) ? (
        <p>
          <Link className="button button--secondary button--small" to="/indicators/new">
            {t('indicatorForm.newLink')}
          </Link>
        </p>
      ) : null}
      {lead ? <p className="muted">{t('dashboard.leadFiltered')}</p> : null}
      <AttentionTable
        id="indicators-behind"
        title={t('dashboard.behind')}
        empty={t('dashboard.emptyBehind')}
        rows={data.filter((r) => r.status === 'behind')}
      />
      <AttentionTable
        id="indicators-no-recent"
        title={t('dashboard.noRecent')}
        empty={t('dashboard.emptyNoRecent')}
        rows={data.filter((r) => r.status === 'no_recent_value')}
      />
    </section>
  );
}
