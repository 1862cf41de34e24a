/**
 * The timeline's baseline picker (issue #15 §4), for those who may read baselines: a chunk of its
 * own, loaded when the timeline route sees an organisation role, never on a visitor's first
 * visit. It reads the chosen baseline (?baseline=<id>, so a link shares it) and hands the route
 * the data with the slips in words and the bars to draw (features/timeline/baseline-layer).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import type { Translator } from '@/lib/translator';
import { useTranslation } from '@/lib/use-translation';
import { useSearchParams } from 'react-router';
import { baselineQueries } from '@/features/baselines/queries';
import {
  applyBaseline,
  BaselineBars,
  type BaselineLayer,
  type BaselineWords,
} from '@/features/timeline/baseline-layer';
import type { TimelineData } from '@/features/timeline/model';
import { formatDate } from '@/lib/dates';
import type { Language } from '@/lib/language';
import { loadReportTexts } from '@/lib/report-texts';
import { useAccess } from '@/lib/session';

const param = 'baseline';

function BaselinePicker({
  programmeId,
  data,
  lang,
  onLayer,
}: {
  programmeId: string;
  data: TimelineData;
  lang: Language;
  onLayer: (layer: BaselineLayer | null) => void;
}) {
  const { t } = useTranslation('reports');
  const pickerId = useId();
  const [params, setParams] = useSearchParams();
  const access = useAccess();
  const readable = !!access?.roles.some((r) => r === 'viewer' || r === 'director' || r === 'admin');
  const list = useQuery({ ...baselineQueries.list(programmeId), enabled: readable });
  const chosen = list.data?.find((b) => b.id === params.get(param)) ?? null;
  const snapshot = useQuery({ ...baselineQueries.snapshot(chosen?.id ?? ''), enabled: !!chosen });
  const plan = chosen ? snapshot.data : undefined;

  useEffect(() => {
    if (!plan || !chosen) {
      onLayer(null);
      return;
    }
    const date = (v: string | null) => (v ? formatDate(v, lang) : '');
    const slip = (days: number | null) =>
      days === null
        ? ''
        : days > 0
          ? t('baselines.slipLater', { days })
          : days < 0
            ? t('baselines.slipEarlier', { days: -days })
            : t('baselines.slipNone');
    const words: BaselineWords = {
      note: (from, to, days) =>
        t('baselines.timelineNote', {
          name: chosen.name,
          range: from ? `${date(from)}–${date(to)}` : date(to),
          slip: slip(days),
        }),
      added: t('baselines.timelineNew', { name: chosen.name }),
    };
    onLayer({
      data: applyBaseline(data, plan, words),
      overlay: (win, x) => <BaselineBars win={win} x={x} plan={plan} />,
    });
  }, [data, plan, chosen, t, lang, onLayer]);

  // Leaving the page (or losing the right to compare) drops the layer.
  useEffect(() => () => onLayer(null), [onLayer]);

  if (!readable) return null;

  const choose = (id: string) => {
    const next = new URLSearchParams(params);
    if (id) next.set(param, id);
    else next.delete(param);
    setParams(next, { replace: true, preventScrollReset: true });
  };

  return (
    <div className="tl-baseline-picker">
      <label htmlFor={pickerId}>{t('baselines.picker')}</label>
      <select id={pickerId} value={chosen?.id ?? ''} onChange={(e) => choose(e.target.value)}>
        <option value="">{t('baselines.pickerNone')}</option>
        {(list.data ?? []).map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      <span role="status">
        {chosen && snapshot.isPending ? t('baselines.loading') : null}
        {chosen && snapshot.isError ? t('baselines.loadFailed') : null}
        {chosen && plan ? t('baselines.timelineShown', { name: chosen.name }) : null}
      </span>
    </div>
  );
}

/** For React.lazy: the picker, once the baselines' texts are loaded into `i18n`. */
export async function load(i18n: Translator) {
  await loadReportTexts(i18n);
  return { default: BaselinePicker };
}
