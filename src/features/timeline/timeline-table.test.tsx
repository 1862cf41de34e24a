import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './model';
import { TimelineTable } from './timeline-table';
import { smallPortfolio } from '@/test/timeline-data';

describe('TimelineTable', () => {
  it('shows the same rows as a real table', () => {
    render(
      <TimelineTable
        data={smallPortfolio()}
        filters={EMPTY_FILTERS}
        lang="sv"
        today="2026-11-22"
        onOpenProject={() => {}}
      />,
    );
    const table = screen.getByRole('table', { name: 'Tidslinjen som tabell' });
    const row = within(table).getByRole('row', { name: /Arabian kiertotaloushubi/ });
    expect(row).toHaveTextContent('1.3.2025');
    expect(row).toHaveTextContent('Planering');
    expect(row).toHaveTextContent('Försenad');
    expect(within(table).getByRole('rowheader', { name: 'Hakemus' })).toBeInTheDocument();
  });
});
