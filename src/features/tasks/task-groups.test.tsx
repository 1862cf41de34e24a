import { render, screen, within } from '@testing-library/react';
import { TaskGroups, type DisplayTask } from './task-groups';

const task = (over: Partial<DisplayTask> & { id: string; title: string }): DisplayTask => ({
  due_on: null,
  state: 'not_started',
  completed_on: null,
  sort_order: 0,
  details: null,
  is_milestone: false,
  ...over,
});

// The source page's tasks, seen on 1.1.2025.
const tasks = [
  task({
    id: 'cv',
    title: 'Circular Valley -hankkeen toteutuminen',
    due_on: '2025-12-31',
    details: 'Hanke on hakemusvaiheessa, ei päätöstä rahoituksesta.',
  }),
  task({
    id: 'kmk',
    title: 'Kaikki muovi kiertää -jatkohankkeen toteutuminen',
    due_on: '2024-12-31',
  }),
  task({
    id: 'es',
    title: 'Uudenmaan kiertotalouslaakso -esiselvityshanke',
    state: 'done',
    completed_on: '2021-11-30',
  }),
  task({ id: 'new', title: 'Loppuraportti', state: 'done', completed_on: '2023-12-31' }),
];

function group(name: string) {
  return screen.getByRole('region', { name });
}

describe('TaskGroups', () => {
  it('lists what is to do soonest deadline first, with the overdue one marked in words', () => {
    render(<TaskGroups tasks={tasks} today="2025-01-01" />);
    const items = within(group('Mitä on tehtävä?')).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByText(/toteutuminen/).textContent)).toEqual([
      'Kaikki muovi kiertää -jatkohankkeen toteutuminen',
      'Circular Valley -hankkeen toteutuminen',
    ]);
    expect(items[0]).toHaveTextContent('Määräaika 31.12.2024');
    expect(items[0]).toHaveTextContent('Myöhässä 1 päivän');
    expect(items[1]).not.toHaveTextContent('Myöhässä');
    expect(items[1]).toHaveTextContent('Hanke on hakemusvaiheessa, ei päätöstä rahoituksesta.');
  });

  it('lists what is done newest first with completion dates', () => {
    render(<TaskGroups tasks={tasks} today="2025-01-01" />);
    const items = within(group('Mitä on tehty?')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Tehty 31.12.2023');
    expect(items[1]).toHaveTextContent('Tehty 30.11.2021');
  });

  it('says so when nothing is in progress', () => {
    render(<TaskGroups tasks={tasks} today="2025-01-01" />);
    expect(
      within(group('Mitä nyt tehdään?')).getByText('Mikään tehtävä ei ole nyt käynnissä.'),
    ).toBeInTheDocument();
  });

  it('offers actions only when given them', () => {
    const { rerender } = render(<TaskGroups tasks={tasks} today="2025-01-01" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    rerender(
      <TaskGroups
        tasks={tasks}
        today="2025-01-01"
        renderActions={(t) => <button type="button">{`Merkitse tehdyksi: ${t.title}`}</button>}
      />,
    );
    expect(screen.getAllByRole('button')).toHaveLength(4);
  });
});
