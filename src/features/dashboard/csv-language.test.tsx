// The dashboard's CSV lists in the reader's language (#14): headers, stages and states in the
// UI language, and project names and task titles in it too, the Finnish text standing in where
// no translation exists.
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { translator } from '@/lib/translator';
import { describe, expect, it } from 'vitest';
import type { Language } from '@/lib/language';
import { deadlineColumnsFor, fundingColumns, lateColumns } from './dashboard-columns';
import { listCsv } from './dashboard-lists';
import { createDashboardT } from './strings';
import type { DashboardDeadline, DashboardFunding, DashboardProject } from './types';

const project: DashboardProject = {
  id: 'p1',
  slug: 'kiertotalouslaakso',
  name: 'Uudenmaan kiertotalouslaakso',
  nameSv: 'Nylands cirkulärekonomidal',
  nameEn: null,
  growthAreaId: null,
  growthAreaName: null,
  growthAreaColor: null,
  growthAreaSortOrder: null,
  leadPersonId: null,
  leadName: 'Liisa Lead',
  stage: 'planning',
  state: 'late',
  manual: false,
  reasons: [],
  startsOn: '2026-01-01',
  endsOn: '2025-12-31',
  published: true,
  lastActivityAt: null,
  daysSinceUpdate: null,
  freshness: null,
  stale: false,
  endsThisYear: false,
};

const deadline: DashboardDeadline = {
  id: 't1',
  projectSlug: 'kiertotalouslaakso',
  projectName: 'Uudenmaan kiertotalouslaakso',
  projectNameSv: 'Nylands cirkulärekonomidal',
  projectNameEn: 'Uusimaa Circular Valley',
  growthAreaId: null,
  leadPersonId: null,
  leadName: null,
  title: 'Jatkohanke käynnistyy',
  titleSv: null,
  titleEn: 'The follow-up starts',
  dueOn: '2025-12-31',
  state: 'in_progress',
  milestone: false,
  assigneeName: null,
  overdue: true,
  daysLate: 3,
};

const csvOf = (lang: Language) => ({
  late: listCsv(lateColumns(createDashboardT(lang), lang), [project], createDashboardT(lang)),
  overdue: listCsv(
    deadlineColumnsFor('overdue', createDashboardT(lang), lang),
    [deadline],
    createDashboardT(lang),
  ),
});

describe('dashboard CSV in the reader’s language', () => {
  it('Finnish: Finnish headers, names and words', () => {
    const { late, overdue } = csvOf('fi');
    expect(late.split('\r\n')[0]).toContain('Hanke');
    expect(late).toContain('Uudenmaan kiertotalouslaakso,Liisa Lead,Suunnittelu,Myöhässä');
    expect(overdue).toContain('Jatkohanke käynnistyy,Uudenmaan kiertotalouslaakso');
  });

  it('Swedish: Swedish headers and names; an untranslated title stays Finnish', () => {
    const { late, overdue } = csvOf('sv');
    expect(late.split('\r\n')[0]).toContain('Projekt');
    expect(late).toContain('Nylands cirkulärekonomidal,Liisa Lead,Planering,Försenad');
    expect(overdue).toContain('Jatkohanke käynnistyy,Nylands cirkulärekonomidal');
  });

  it('English: English headers and names; an untranslated project name stays Finnish', () => {
    const { late, overdue } = csvOf('en');
    expect(late.split('\r\n')[0]).toContain('Project');
    expect(late).toContain('Uudenmaan kiertotalouslaakso,Liisa Lead,Planning,Late');
    expect(overdue).toContain('The follow-up starts,Uusimaa Circular Valley');
  });

  it('the table marks a Finnish fallback with lang="fi" and "(not translated)"', async () => {
    await translator.changeLanguage('en');
    const columns = lateColumns(createDashboardT('en'), 'en');
    render(<MemoryRouter>{columns[0]!.cell(project)}</MemoryRouter>);
    const link = screen.getByRole('link', { name: 'Uudenmaan kiertotalouslaakso' });
    expect(link).toHaveAttribute('lang', 'fi');
    expect(screen.getByText('(not translated)')).toBeInTheDocument();
  });

  it("names a funding row's follow-up in the UI language, a Finnish name standing in marked", async () => {
    const funding = (over: Partial<DashboardFunding>): DashboardFunding => ({
      id: 'f1',
      projectSlug: 'kiertotalouslaakso',
      projectName: 'Uudenmaan kiertotalouslaakso',
      growthAreaId: null,
      leadPersonId: null,
      leadName: null,
      instrument: 'EAKR',
      amount: null,
      appliedOn: null,
      followUpName: 'Kaikki muovi kiertää',
      followUpNameSv: 'Allt plast cirkulerar',
      followUpNameEn: null,
      daysWaiting: null,
      ...over,
    });
    await translator.changeLanguage('sv');
    const sv = fundingColumns(createDashboardT('sv'), 'sv')[1]!;
    expect(sv.csv(funding({}))).toBe('Allt plast cirkulerar');
    const { unmount } = render(<MemoryRouter>{sv.cell(funding({}))}</MemoryRouter>);
    expect(screen.getByText('Allt plast cirkulerar')).not.toHaveAttribute('lang');
    expect(screen.queryByText('(inte översatt)')).toBeNull();
    unmount();
    await translator.changeLanguage('en');
    const en = fundingColumns(createDashboardT('en'), 'en')[1]!;
    expect(en.csv(funding({}))).toBe('Kaikki muovi kiertää');
    render(<MemoryRouter>{en.cell(funding({}))}</MemoryRouter>);
    expect(screen.getByText('Kaikki muovi kiertää')).toHaveAttribute('lang', 'fi');
    expect(screen.getByText('(not translated)')).toBeInTheDocument();
    expect(en.cell(funding({ followUpName: null }))).toBe('–');
  });
});
