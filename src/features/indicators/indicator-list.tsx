import { Link } from 'react-router';
import { formatDate } from '@/lib/dates';
import { Translated } from '@/components/translated';
import { localize } from '@/lib/translated';
import type { IndicatorListItem } from './model';
import { Sparkline } from './sparkline';
import { IndicatorStatusBadge } from './status-badge';
import { useIndicatorT } from './texts';
import { formatQuantity, reasonText } from './wording';

/**
 * Indicators of a growth area or project: each with its status, the reason in words, a small
 * trend of the latest values, the latest value and the goal on the way.
 */
export function IndicatorList({
  indicators,
  headingId,
  heading,
}: {
  indicators: readonly IndicatorListItem[];
  headingId: string;
  heading: string;
}) {
  const { t, lang } = useIndicatorT();
  return (
    <section aria-labelledby={headingId} className="indicators">
      <h2 id={headingId}>{heading}</h2>
      {indicators.length === 0 ? (
        <p className="empty">{t('none')}</p>
      ) : (
        <ul className="indicator-list">
          {indicators.map((i) => (
            <li key={i.id} className="indicator-item">
              <div className="indicator-item__head">
                <h3 className="indicator-item__name">
                  <Translated
                    as={Link}
                    to={`/indicators/${i.id}`}
                    value={localize(i, 'name', lang)}
                  />
                </h3>
                <IndicatorStatusBadge status={i.status} />
                {!i.published ? <span className="badge badge--draft">{t('draft')}</span> : null}
              </div>
              <p className="indicator-item__reason">{reasonText(i.reason, t, lang)}</p>
              <div className="indicator-item__figures">
                <Sparkline
                  points={i.recent}
                  unit={i.unit}
                  decimals={i.decimals}
                  t={t}
                  lang={lang}
                />
                <dl>
                  {i.latest_value !== null && i.latest_on ? (
                    <div>
                      <dt>{t('list.latest')}</dt>
                      <dd>
                        {formatQuantity(i.latest_value, i.unit, i.decimals, lang)} (
                        {formatDate(i.latest_on, lang)})
                      </dd>
                    </div>
                  ) : null}
                  {i.goal_value !== null && i.goal_on ? (
                    <div>
                      <dt>{t('list.goal')}</dt>
                      <dd>
                        {formatQuantity(i.goal_value, i.unit, i.decimals, lang)} (
                        {formatDate(i.goal_on, lang)})
                      </dd>
                    </div>
                  ) : null}
                </dl>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
