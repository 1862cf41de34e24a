import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { EmbedFrame } from '@/components/embed-frame';
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
  return (
    <EmbedFrame title={t('embed.title', { name: indicator.name })} fullPage={`/indicators/${id}`}>
      <article className="indicator-page embed-indicator">
        <h1 className="embed__title">{indicator.name}</h1>
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
