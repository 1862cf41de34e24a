import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { EmbedFrame } from '@/components/embed-frame';
import { Translated } from '@/components/translated';
import { localize } from '@/lib/translated';
import { indicatorQueries } from './queries';
import { IndicatorStatusBadge } from './status-badge';
import { useIndicatorT, useIndicatorTexts } from './texts';
import { ValuesTable } from './values-table';
import { reasonText } from './wording';
import './indicators.css';

const IndicatorChart = lazy(() =>
  import('./indicator-chart').then((m) => ({ default: m.IndicatorChart })),
);

/**
 * An indicator's chart as an embed (#14 §3, /embed/indicators/:id): its name, status with the
 * reason, the chart and the same figures as a table, and a link to the full page. Published
 * indicators only, whoever is signed in on the visitor's browser.
 */
export default function IndicatorEmbed({ id, notFound }: { id: string; notFound: ReactNode }) {
  useIndicatorTexts();
  const { t, lang } = useIndicatorT();
  const { data: page } = useSuspenseQuery(indicatorQueries.page(id));
  if (!page?.indicator.published) return notFound;
  const { indicator } = page;
  const name = localize(indicator, 'name', lang);
  return (
    <EmbedFrame
      title={t('embed.title', { name: name?.text ?? indicator.name })}
      fullPage={`/indicators/${id}`}
    >
      <article className="indicator-page embed-indicator">
        <Translated as="h1" className="embed__title" value={name} />
        <p>
          <IndicatorStatusBadge status={page.status} />
        </p>
        <p className="indicator-status__reason">{reasonText(page.reason, t, lang)}</p>
        <Suspense fallback={<p className="muted">{t('chart.loading')}</p>}>
          <IndicatorChart page={page} />
        </Suspense>
        <ValuesTable page={page} />
      </article>
    </EmbedFrame>
  );
}
