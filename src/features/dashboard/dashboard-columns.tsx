// The dashboard lists' columns: what each table shows and what its CSV gets, names in the UI
// language with the Finnish fallback marked.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '@/lib/dates';
import { localize, type Localized } from '@/lib/translated';
import { Translated } from '@/components/translated';
import type { CsvCell } from './csv';
import { reasonsText } from '@/lib/schedule-reasons';
import { dateOrDash } from './format';
import type { Language } from '@/lib/language';
import type { DashboardStringKey, DashboardT } from './strings';
import type {
  DashboardDeadline,
  DashboardFunding,
  DashboardProject,
  DashboardStatusDue,
} from './types';

export interface Column<Row> {
  header: DashboardStringKey;
  /** What the table shows. */
  cell: (row: Row) => ReactNode;
  /** What the CSV file gets (plain text or a number). */
  csv: (row: Row) => CsvCell;
  numeric?: boolean;
}

/**
 * A name in the UI language: the Swedish or English one, else the Finnish one marked as a
 * fallback (the table shows it with lang="fi" and "(inte översatt)"; the CSV gets the text).
 */
function inLanguage(
  fi: string,
  sv: string | null | undefined,
  en: string | null | undefined,
  lang: Language,
): Localized {
  return (
    localize({ name: fi, name_sv: sv, name_en: en }, 'name', lang) ?? {
      text: fi,
      lang: 'fi',
      fallback: false,
    }
  );
}

function projectLink(slug: string, name: Localized) {
  return <Translated as={Link} to={`/projects/${slug}`} value={name} />;
}

const projectName = (
  row: { projectName: string; projectNameSv?: string | null; projectNameEn?: string | null },
  lang: Language,
) => inLanguage(row.projectName, row.projectNameSv, row.projectNameEn, lang);

export function deadlineColumnsFor(
  kind: 'overdue' | 'upcoming',
  t: DashboardT,
  lang: Language,
): Column<DashboardDeadline>[] {
  return [
    {
      header: 'colTask',
      cell: (d) => (
        <>
          <Translated value={inLanguage(d.title, d.titleSv, d.titleEn, lang)} />
          {d.milestone ? <span className="dashboard-tag"> ({t('milestone')})</span> : null}
        </>
      ),
      csv: (d) => inLanguage(d.title, d.titleSv, d.titleEn, lang).text,
    },
    {
      header: 'colProject',
      cell: (d) => projectLink(d.projectSlug, projectName(d, lang)),
      csv: (d) => projectName(d, lang).text,
    },
    { header: 'colLead', cell: (d) => d.leadName ?? t('unknown'), csv: (d) => d.leadName },
    { header: 'colDue', cell: (d) => formatDate(d.dueOn, lang), csv: (d) => d.dueOn },
    kind === 'overdue'
      ? { header: 'colDaysLate', cell: (d) => d.daysLate, csv: (d) => d.daysLate, numeric: true }
      : { header: 'colDaysLeft', cell: (d) => -d.daysLate, csv: (d) => -d.daysLate, numeric: true },
    {
      header: 'colAssignee',
      cell: (d) => d.assigneeName ?? t('unknown'),
      csv: (d) => d.assigneeName,
    },
  ];
}

function projectColumns(
  extra: Column<DashboardProject>[],
  t: DashboardT,
  lang: Language,
): Column<DashboardProject>[] {
  return [
    {
      header: 'colProject',
      cell: (p) => projectLink(p.slug, inLanguage(p.name, p.nameSv, p.nameEn, lang)),
      csv: (p) => inLanguage(p.name, p.nameSv, p.nameEn, lang).text,
    },
    { header: 'colLead', cell: (p) => p.leadName ?? t('unknown'), csv: (p) => p.leadName },
    { header: 'colStage', cell: (p) => t(`stage_${p.stage}`), csv: (p) => t(`stage_${p.stage}`) },
    {
      header: 'colStatus',
      cell: (p) => (
        <span className={`badge badge--${p.state === 'not_started' ? 'neutral' : p.state}`}>
          {t(`state_${p.state}`)}
          {p.manual ? ` (${t('manual')})` : ''}
        </span>
      ),
      csv: (p) => t(`state_${p.state}`),
    },
    {
      header: 'colReason',
      cell: (p) => reasonsText(p.reasons, lang),
      csv: (p) => reasonsText(p.reasons, lang),
    },
    ...extra,
  ];
}

export function lateColumns(t: DashboardT, lang: Language) {
  return projectColumns(
    [{ header: 'colEnds', cell: (p) => dateOrDash(p.endsOn, t, lang), csv: (p) => p.endsOn }],
    t,
    lang,
  );
}

export function staleColumns(t: DashboardT, lang: Language) {
  return projectColumns(
    [
      {
        header: 'colLastUpdated',
        cell: (p) => dateOrDash(p.lastActivityAt, t, lang),
        csv: (p) => p.lastActivityAt?.slice(0, 10),
      },
      {
        header: 'colDaysSinceUpdate',
        cell: (p) => p.daysSinceUpdate,
        csv: (p) => p.daysSinceUpdate,
        numeric: true,
      },
    ],
    t,
    lang,
  );
}

export function endingColumns(t: DashboardT, lang: Language) {
  return projectColumns(
    [{ header: 'colEnds', cell: (p) => dateOrDash(p.endsOn, t, lang), csv: (p) => p.endsOn }],
    t,
    lang,
  );
}

export function fundingColumns(t: DashboardT, lang: Language): Column<DashboardFunding>[] {
  return [
    {
      header: 'colProject',
      cell: (f) => projectLink(f.projectSlug, projectName(f, lang)),
      csv: (f) => projectName(f, lang).text,
    },
    {
      header: 'colFollowUp',
      // In the UI language; a Finnish name standing in is lang="fi" and "not translated".
      cell: (f) =>
        f.followUpName === null ? (
          t('unknown')
        ) : (
          <Translated
            value={inLanguage(f.followUpName, f.followUpNameSv, f.followUpNameEn, lang)}
          />
        ),
      csv: (f) =>
        f.followUpName === null
          ? null
          : inLanguage(f.followUpName, f.followUpNameSv, f.followUpNameEn, lang).text,
    },
    { header: 'colInstrument', cell: (f) => f.instrument, csv: (f) => f.instrument },
    {
      header: 'colAmount',
      cell: (f) =>
        f.amount === null
          ? t('unknown')
          : f.amount.toLocaleString(lang === 'en' ? 'en-GB' : `${lang}-FI`),
      csv: (f) => f.amount,
      numeric: true,
    },
    {
      header: 'colApplied',
      cell: (f) => dateOrDash(f.appliedOn, t, lang),
      csv: (f) => f.appliedOn,
    },
    {
      header: 'colDaysWaiting',
      cell: (f) => f.daysWaiting ?? t('unknown'),
      csv: (f) => f.daysWaiting,
      numeric: true,
    },
    { header: 'colLead', cell: (f) => f.leadName ?? t('unknown'), csv: (f) => f.leadName },
  ];
}

export function statusDueColumns(t: DashboardT, lang: Language): Column<DashboardStatusDue>[] {
  return [
    {
      header: 'colProject',
      cell: (s) => projectLink(s.projectSlug, projectName(s, lang)),
      csv: (s) => projectName(s, lang).text,
    },
    {
      header: 'colLastStatusUpdate',
      cell: (s) => (s.lastUpdateAt ? formatDate(s.lastUpdateAt, lang) : t('statusNever')),
      csv: (s) => s.lastUpdateAt?.slice(0, 10) ?? '',
    },
    {
      header: 'colStatusDueOn',
      cell: (s) => dateOrDash(s.dueOn, t, lang),
      csv: (s) => s.dueOn,
    },
    {
      header: 'colCadence',
      cell: (s) => t(`cadence_${s.cadence}`),
      csv: (s) => t(`cadence_${s.cadence}`),
    },
  ];
}
