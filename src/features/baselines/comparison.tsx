import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { Access } from '@/lib/session';
import { BaselineChanges } from './baseline-changes';
import { baselineQueries, type Baseline } from './queries';
import './baselines.css';

/** Viewers, directors and admins read baselines (the snapshot holds drafts). */
export function canReadBaselines(access: Access | null | undefined): boolean {
  return !!access && access.roles.some((r) => r === 'viewer' || r === 'director' || r === 'admin');
}

/** The changes since one baseline, loaded when chosen. */
export function BaselineComparison({ baseline, level = 3 }: { baseline: Baseline; level?: 3 | 4 }) {
  const { t } = useTranslation('reports');
  const changes = useQuery(baselineQueries.changes(baseline.id));
  if (changes.isPending) return <p role="status">{t('baselines.loading')}</p>;
  if (changes.isError) return <p role="alert">{t('baselines.loadFailed')}</p>;
  return <BaselineChanges changes={changes.data} level={level} />;
}

/**
 * Review mode's "compare with a baseline": pick one of the programme's baselines and see what
 * slipped since, by how many days (the dashboard shows it under "what changed since …").
 */
export function BaselineReview({ programmeSlug = null }: { programmeSlug?: string | null }) {
  const { t } = useTranslation('reports');
  const pickerId = useId();
  const programme = useQuery(baselineQueries.programme(programmeSlug));
  const list = useQuery({
    ...baselineQueries.list(programme.data?.id ?? ''),
    enabled: !!programme.data,
  });
  const [chosenId, setChosenId] = useState('');
  const chosen = list.data?.find((b) => b.id === chosenId) ?? null;
  return (
    <section aria-labelledby={`${pickerId}-h`} className="baseline-review">
      <h3 id={`${pickerId}-h`}>{t('baselines.reviewCompare')}</h3>
      <p>{t('baselines.reviewCompareHint')}</p>
      <label htmlFor={pickerId}>{t('baselines.picker')}</label>{' '}
      <select id={pickerId} value={chosenId} onChange={(e) => setChosenId(e.target.value)}>
        <option value="">{t('baselines.pickerNone')}</option>
        {(list.data ?? []).map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      {chosen ? <BaselineComparison baseline={chosen} level={4} /> : null}
    </section>
  );
}
