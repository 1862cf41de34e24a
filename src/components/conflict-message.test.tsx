import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictMessage } from './conflict-message';

describe('ConflictMessage', () => {
  it('shows what is saved now beside what the user typed, and lets them save again', async () => {
    const onSaveAgain = vi.fn();
    render(
      <ConflictMessage
        differences={[
          { field: 'summary', label: 'Kuvaus', theirs: 'Toisen teksti', yours: 'Oma teksti' },
          { field: 'schedule_note', label: 'Perustelu', theirs: '', yours: 'Rahoitus viivästyi' },
        ]}
        onSaveAgain={onSaveAgain}
      />,
    );
    const alert = screen.getByRole('alert', { name: 'Joku muu tallensi ensin' });
    expect(alert).toHaveFocus();
    const rows = within(alert).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('KuvausToisen tekstiOma teksti');
    expect(rows[2]).toHaveTextContent('Perustelu(tyhjä)Rahoitus viivästyi');
    await userEvent.click(within(alert).getByRole('button', { name: 'Tallenna omani uudelleen' }));
    expect(onSaveAgain).toHaveBeenCalledOnce();
  });

  it('says when nothing differs', () => {
    render(<ConflictMessage differences={[]} onSaveAgain={() => {}} />);
    expect(screen.getByText(/eivät eroa omistasi/)).toBeInTheDocument();
  });
});
