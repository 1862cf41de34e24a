import { differenceInCalendarDays } from 'date-fns';
import { formatDate, toDate } from '@/lib/dates';
import type { Language } from '@/lib/language';
import type { DriftBasis, IndicatorReason } from './model';
import type { IndicatorT } from './texts';

const numberLocales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** 1 234,5 in Finnish: the indicator's own number of decimals. */
export function formatNumber(value: number, decimals: number, lang: Language): string {
  return new Intl.NumberFormat(numberLocales[lang], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** "262 t": a value with its unit. */
export function formatQuantity(
  value: number,
  unit: string | null,
  decimals: number,
  lang: Language,
): string {
  const n = formatNumber(value, decimals, lang);
  return unit ? `${n} ${unit}` : n;
}

const percent = (value: number, lang: Language) =>
  new Intl.NumberFormat(numberLocales[lang], { maximumFractionDigits: 1 }).format(value);

/**
 * The database's reason as one sentence — "Viimeisin 262 t (30.9.2026) on 9,7 % alle odotetun
 * 290 t matkalla tavoitteeseen 450 t 31.12.2026 mennessä." The rule is in SQL
 * (indicator_status_at); this only words it.
 */
export function reasonText(reason: IndicatorReason | null, t: IndicatorT, lang: Language): string {
  if (!reason) return t('status.unknown');
  const q = (v: number | null) =>
    v === null ? '–' : formatQuantity(v, reason.unit, reason.decimals, lang);
  const d = (v: string | null) => (v ? formatDate(v, lang) : '–');
  const vars = {
    latest: q(reason.latest_value),
    latestOn: d(reason.latest_on),
    expected: q(reason.expected_value),
    goal: q(reason.goal_value),
    goalOn: d(reason.goal_on),
    percent: reason.percent_off === null ? '–' : percent(reason.percent_off, lang),
    tolerance: reason.tolerance_percent === null ? '–' : percent(reason.tolerance_percent, lang),
    dueOn: d(reason.due_on),
  };
  switch (reason.kind) {
    case 'behind':
      if (reason.percent_off === null) return t('reason.behind_zero', vars);
      return t(reason.side === 'above' ? 'reason.behind_above' : 'reason.behind_below', vars);
    case 'on_track':
      if (reason.side === 'on' || reason.side === null) return t('reason.on_track_on', vars);
      if (reason.percent_off === null) return t('reason.on_track_within', vars);
      return t(reason.side === 'above' ? 'reason.on_track_above' : 'reason.on_track_below', vars);
    case 'no_recent_value':
      return t('reason.no_recent_value', vars);
    default:
      return t(`reason.${reason.kind}`);
  }
}

/**
 * Drift and forecast in words — "Määräaikoja on siirretty 5 kertaa, mediaanina 41 päivää
 * kerrallaan; sillä tahdilla viimeinen tehtävä päättyy 12.2.2028, 43 päivää suunniteltua
 * päättymistä myöhemmin." The numbers are the database's (project_progress.drift_basis).
 */
export function driftText(basis: DriftBasis | null, t: IndicatorT, lang: Language): string | null {
  if (!basis) return null;
  const d = (v: string | null) => (v ? formatDate(v, lang) : '–');
  switch (basis.kind) {
    case 'no_open_tasks':
      return t('progress.drift.no_open_tasks');
    case 'no_moves':
      return t('progress.drift.no_moves', {
        lastDue: d(basis.last_due_on ?? basis.planned_end_on),
      });
    case 'no_delay':
      return t('progress.drift.no_delay', { count: basis.moves, planned: d(basis.planned_end_on) });
    case 'drift': {
      const late = basis.days_after_planned_end ?? 0;
      const after =
        late > 0
          ? t('progress.drift.after', { count: late })
          : t('progress.drift.withinPlan', { planned: d(basis.planned_end_on) });
      return t('progress.drift.drift', {
        count: basis.moves,
        median: percent(basis.median_days_moved ?? 0, lang),
        forecast: d(basis.forecast_end_on),
        after,
      });
    }
  }
}

/** How much of the time from start to end has gone by `today`, 0–100; null without both dates. */
export function elapsedPercent(
  startsOn: string | null,
  endsOn: string | null,
  today: string,
): number | null {
  if (!startsOn || !endsOn) return null;
  const span = differenceInCalendarDays(toDate(endsOn), toDate(startsOn));
  if (span <= 0) return null;
  const gone = differenceInCalendarDays(toDate(today), toDate(startsOn));
  return Math.round(Math.min(100, Math.max(0, (gone / span) * 100)));
}

/** The percent shown for progress: whole numbers, as the bars draw them. */
export function roundPercent(value: number): number {
  return Math.round(Math.min(100, Math.max(0, value)));
}
