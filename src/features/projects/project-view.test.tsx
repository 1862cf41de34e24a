import { translator } from '@/lib/translator';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ProjectView } from './project-view';
import type { ProjectDetail } from './queries';

// The project page's partner roles and follow-up applications in the UI language (#14 §1):
// translated where a translation exists, the Finnish text marked lang="fi" and "not translated"
// where not.
const project = {
  id: 'p1',
  slug: 'laakso',
  name: 'Kiertotalouslaakso',
  name_sv: 'Cirkulärdalen',
  name_en: null,
  summary: null,
  official_description: null,
  stage: 'implementation',
  schedule_status: 'on_schedule',
  starts_on: '2025-01-01',
  ends_on: '2026-12-31',
  published: true,
  updated_at: '2026-11-01T10:00:00Z',
  updatedByName: null,
  programme: { id: 'pr', slug: 'ohjelma', name: 'Ohjelma', name_sv: 'Programmet', name_en: null },
  growth_area: null,
  overview: null,
  tasks: [],
  contacts: [],
  funding: [],
  partners: [
    {
      role: 'Koordinaattori',
      role_sv: 'Koordinator',
      role_en: null,
      sort_order: 1,
      organisation: { id: 'o1', name: 'Green Net Finland', short_name: null, website: null },
    },
    {
      role: 'Osatoteuttaja',
      role_sv: null,
      role_en: null,
      sort_order: 2,
      organisation: { id: 'o2', name: 'Posintra', short_name: null, website: null },
    },
  ],
  follow_ups: [
    {
      id: 'f1',
      name: 'Circular Valley',
      name_sv: 'Circular Valley',
      name_en: 'Circular Valley',
      note: 'Jatkohankehakemus (Central Baltic).',
      note_sv: 'Ansökan om fortsättningsprojekt (Central Baltic).',
      note_en: null,
      sort_order: 1,
      follow_up: null,
    },
    {
      id: 'f2',
      name: 'Kaikki muovi kiertää',
      name_sv: null,
      name_en: null,
      note: 'Jatkohankehakemus (EAKR).',
      note_sv: null,
      note_en: null,
      sort_order: 2,
      follow_up: null,
    },
  ],
} as unknown as ProjectDetail;

async function renderIn(lng: 'fi' | 'sv') {
  await translator.changeLanguage(lng);
  render(
    <MemoryRouter>
      <ProjectView project={project} tasks={null} />
    </MemoryRouter>,
  );
}

describe('ProjectView: partners and follow-ups in the UI language', () => {
  it('Swedish: translated roles and notes; the Finnish ones marked lang="fi" and "inte översatt"', async () => {
    await renderIn('sv');
    const partner = (name: string) =>
      screen.getByText(name, { exact: true }).closest('li') as HTMLElement;
    expect(partner('Green Net Finland')).toHaveTextContent('Green Net Finland – Koordinator');
    expect(partner('Green Net Finland')).not.toHaveTextContent('inte översatt');
    expect(within(partner('Posintra')).getByText('Osatoteuttaja')).toHaveAttribute('lang', 'fi');
    expect(partner('Posintra')).toHaveTextContent('(inte översatt)');

    expect(
      screen.getByText('Ansökan om fortsättningsprojekt (Central Baltic).'),
    ).not.toHaveAttribute('lang');
    const followUp = screen.getByText('Kaikki muovi kiertää').closest('li') as HTMLElement;
    expect(within(followUp).getByText('Kaikki muovi kiertää')).toHaveAttribute('lang', 'fi');
    expect(within(followUp).getByText('Jatkohankehakemus (EAKR).')).toHaveAttribute('lang', 'fi');
    expect(within(followUp).getAllByText('(inte översatt)')).toHaveLength(2);
  });

  it('Finnish: the Finnish texts, unmarked', async () => {
    await renderIn('fi');
    expect(screen.getByText('Osatoteuttaja')).not.toHaveAttribute('lang');
    expect(screen.getByText('Jatkohankehakemus (EAKR).')).not.toHaveAttribute('lang');
    expect(screen.queryByText('(ei käännetty)')).not.toBeInTheDocument();
  });

  it('Swedish: a funding row names its follow-up in Swedish, a Finnish name marked lang="fi"', async () => {
    await translator.changeLanguage('sv');
    const row = (id: string, instrument: string, follow_up_id: string) => ({
      id,
      instrument,
      state: 'applied',
      amount: null,
      decided_on: null,
      note: null,
      note_sv: null,
      note_en: null,
      follow_up_id,
    });
    const withFunding = {
      ...project,
      partners: [],
      follow_ups: project.follow_ups.map((f) =>
        f.id === 'f1' ? { ...f, name: 'Kiertolaakso', name_sv: 'Cirkulärdalen' } : f,
      ),
      funding: [row('r1', 'Interreg', 'f1'), row('r2', 'EAKR', 'f2')],
    } as unknown as ProjectDetail;
    render(
      <MemoryRouter>
        <ProjectView project={withFunding} tasks={null} />
      </MemoryRouter>,
    );
    const funding = (instrument: string) =>
      screen.getByText(instrument, { exact: true }).closest('li') as HTMLElement;
    expect(funding('Interreg')).toHaveTextContent('Interreg — Fortsättningsprojekt: Cirkulärdalen');
    expect(funding('Interreg')).not.toHaveTextContent('inte översatt');
    expect(funding('EAKR')).toHaveTextContent(
      'EAKR — Fortsättningsprojekt: Kaikki muovi kiertää (inte översatt)',
    );
    expect(within(funding('EAKR')).getByText('Kaikki muovi kiertää')).toHaveAttribute('lang', 'fi');
  });
});
