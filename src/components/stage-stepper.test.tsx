import { render, screen, within } from '@testing-library/react';
import { StageStepper } from './stage-stepper';

describe('StageStepper', () => {
  it('lists the four stages in order and marks the current one by more than colour', () => {
    render(<StageStepper stage="implementation" />);
    const list = screen.getByRole('list', { name: 'Eteneminen' });
    const steps = within(list).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual([
      '✓Ei aloitettuohitettu vaihe',
      '✓Suunnitteluohitettu vaihe',
      '3Toteutusnykyinen vaihe',
      '4Valmistuleva vaihe',
    ]);
    expect(steps[2]).toHaveAttribute('aria-current', 'step');
    expect(steps.filter((s) => s.hasAttribute('aria-current'))).toHaveLength(1);
    // The words "nykyinen vaihe" are visible, not only read out.
    expect(within(steps[2]!).getByText('nykyinen vaihe')).not.toHaveClass('visually-hidden');
  });

  it('marks the first stage for a project not started', () => {
    render(<StageStepper stage="not_started" />);
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('Ei aloitettu');
  });
});
