import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { ZeroRowsError } from '@/lib/errors';
import type { Account } from './queries';
import { RolesEditor, type RoleChange } from './roles-editor';

const ADMIN = 'a0000000-0000-4000-8000-000000000001';
const STAFF = 'a0000000-0000-4000-8000-000000000006';

const seedAccounts = (): Account[] => [
  {
    user_id: ADMIN,
    email: 'admin@salkku.test',
    last_sign_in_at: '2026-11-30T08:15:00Z',
    person_id: null,
    full_name: null,
    roles: ['admin'],
  },
  {
    user_id: 'a0000000-0000-4000-8000-000000000002',
    email: 'director@salkku.test',
    last_sign_in_at: null,
    person_id: 'p-director',
    full_name: 'Demo Ohjelmajohtaja',
    roles: ['director'],
  },
  {
    user_id: STAFF,
    email: 'staff@salkku.test',
    last_sign_in_at: null,
    person_id: null,
    full_name: null,
    roles: [],
  },
];

/** The editor over an in-memory user_roles table, as the page over the accounts query. */
function Harness({
  setRole,
  notify,
}: {
  setRole?: (change: RoleChange) => Promise<void>;
  notify: (message: string, tone: 'success' | 'error') => void;
}) {
  const [accounts, setAccounts] = useState(seedAccounts);
  return (
    <MemoryRouter>
      <RolesEditor
        accounts={accounts}
        currentUserId={ADMIN}
        notify={notify}
        setRole={
          setRole ??
          (async ({ userId, role, granted }) => {
            setAccounts((list) =>
              list.map((a) =>
                a.user_id !== userId
                  ? a
                  : {
                      ...a,
                      roles: granted ? [...a.roles, role] : a.roles.filter((r) => r !== role),
                    },
              ),
            );
          })
        }
      />
    </MemoryRouter>
  );
}

describe('RolesEditor', () => {
  it('has a labelled checkbox per account and role, checked where the role is held', () => {
    render(<Harness notify={vi.fn()} />);
    expect(screen.getByRole('table', { name: 'Käyttäjätilit ja niiden roolit' })).toBeVisible();
    expect(
      screen.getByRole('checkbox', { name: 'Ohjelmajohtaja: director@salkku.test' }),
    ).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'Ohjelmajohtaja: staff@salkku.test' }),
    ).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Lukija: staff@salkku.test' })).not.toBeChecked();
    expect(screen.getAllByRole('checkbox')).toHaveLength(9);
    expect(screen.getByRole('link', { name: 'Demo Ohjelmajohtaja' })).toHaveAttribute(
      'href',
      '/admin/people/p-director/edit',
    );
  });

  it('grants and revokes a role and says so', async () => {
    const notify = vi.fn();
    render(<Harness notify={notify} />);
    const user = userEvent.setup();
    const box = screen.getByRole('checkbox', { name: 'Ohjelmajohtaja: staff@salkku.test' });
    await user.click(box);
    expect(box).toBeChecked();
    expect(notify).toHaveBeenLastCalledWith(
      'Rooli Ohjelmajohtaja annettu tilille staff@salkku.test.',
      'success',
    );
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(notify).toHaveBeenLastCalledWith(
      'Rooli Ohjelmajohtaja poistettu tililtä staff@salkku.test.',
      'success',
    );
  });

  it('does not let an admin take away their own admin role', async () => {
    const setRole = vi.fn<(change: RoleChange) => Promise<void>>();
    render(<Harness notify={vi.fn()} setRole={setRole} />);
    const own = screen.getByRole('checkbox', { name: 'Ylläpitäjä: admin@salkku.test' });
    expect(own).toBeChecked();
    expect(own).toBeDisabled();
    expect(own).toHaveAccessibleDescription(
      expect.stringContaining('Omaa ylläpitäjän rooliasi et voi poistaa'),
    );
    await userEvent.click(own);
    expect(setRole).not.toHaveBeenCalled();
    // Their other roles, and other admins' admin role, stay editable.
    expect(screen.getByRole('checkbox', { name: 'Lukija: admin@salkku.test' })).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: 'Ylläpitäjä: staff@salkku.test' })).toBeEnabled();
  });

  it('reports a write that changed no row as an error and shows the role as it was', async () => {
    const notify = vi.fn();
    render(
      <Harness notify={notify} setRole={() => Promise.reject(new ZeroRowsError('user_roles'))} />,
    );
    const box = screen.getByRole('checkbox', { name: 'Lukija: staff@salkku.test' });
    await userEvent.click(box);
    expect(notify).toHaveBeenCalledWith(
      expect.stringContaining('Roolia ei muutettu: palvelin ei muuttanut yhtään riviä.'),
      'error',
    );
    expect(box).not.toBeChecked();
    expect(box).toBeEnabled();
  });

  it('disables a box while its change is on the way', async () => {
    let finish: () => void = () => {};
    const setRole = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<Harness notify={vi.fn()} setRole={setRole} />);
    const box = screen.getByRole('checkbox', { name: 'Lukija: staff@salkku.test' });
    await userEvent.click(box);
    expect(setRole).toHaveBeenCalledWith({ userId: STAFF, role: 'viewer', granted: true });
    expect(box).toBeChecked();
    expect(box).toBeDisabled();
    finish();
    await screen.findByRole('checkbox', { name: 'Lukija: staff@salkku.test' });
    await vi.waitFor(() => expect(box).toBeEnabled());
  });
});
