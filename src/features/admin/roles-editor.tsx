import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/dates';
import { ZeroRowsError, errorMessage } from '@/lib/errors';
import { appRoles, type AppRole } from '@/lib/domain';
import type { Account } from './queries';

export interface RoleChange {
  userId: string;
  role: AppRole;
  granted: boolean;
}

interface Props {
  accounts: Account[];
  /** The signed-in admin: their own admin role cannot be taken away here. */
  currentUserId: string;
  setRole: (change: RoleChange) => Promise<void>;
  /** Reports the outcome (a toast in the app). */
  notify: (message: string, tone: 'success' | 'error') => void;
}

const key = (userId: string, role: AppRole) => `${userId}:${role}`;

/**
 * One checkbox per account and role: checking grants the role at once (a user_roles row),
 * unchecking revokes it. While a change is on its way, its box shows the new state, disabled.
 */
export function RolesEditor({ accounts, currentUserId, setRole, notify }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [pending, setPending] = useState<Record<string, boolean>>({});

  const change = async (account: Account, role: AppRole, granted: boolean) => {
    const k = key(account.user_id, role);
    setPending((p) => ({ ...p, [k]: granted }));
    const names = { role: t(`role.${role}`), email: account.email };
    try {
      await setRole({ userId: account.user_id, role, granted });
      notify(t(granted ? 'admin.accounts.granted' : 'admin.accounts.revoked', names), 'success');
    } catch (error) {
      notify(
        error instanceof ZeroRowsError
          ? t('admin.accounts.zeroRows')
          : t('admin.accounts.failed', { message: errorMessage(error) }),
        'error',
      );
    } finally {
      setPending((p) => {
        const { [k]: _done, ...rest } = p;
        return rest;
      });
    }
  };

  return (
    <>
      <h2>{t('admin.accounts.helpTitle')}</h2>
      <dl className="admin-roles-help">
        {appRoles.map((role) => (
          <div key={role}>
            <dt>{t(`role.${role}`)}</dt>
            <dd>
              {t(
                role === 'admin'
                  ? 'admin.accounts.helpAdmin'
                  : role === 'director'
                    ? 'admin.accounts.helpDirector'
                    : 'admin.accounts.helpViewer',
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p id={`${id}-own`}>{t('admin.accounts.ownAdmin')}</p>
      <div className="table-scroll">
        <table className="admin-table">
          <caption>{t('admin.accounts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.accounts.email')}</th>
              {appRoles.map((role) => (
                <th scope="col" key={role} className="admin-table__role">
                  {t(`role.${role}`)}
                </th>
              ))}
              <th scope="col">{t('admin.accounts.person')}</th>
              <th scope="col">{t('admin.accounts.lastSignIn')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => {
              const own = a.user_id === currentUserId;
              return (
                <tr key={a.user_id}>
                  <th scope="row">
                    {a.email}
                    {own && <span className="admin-muted"> {t('admin.accounts.you')}</span>}
                  </th>
                  {appRoles.map((role) => {
                    const k = key(a.user_id, role);
                    const busy = k in pending;
                    const checked = busy ? !!pending[k] : a.roles.includes(role);
                    const locked = own && role === 'admin' && a.roles.includes('admin');
                    const inputId = `${id}-${a.user_id}-${role}`;
                    return (
                      <td key={role} className="admin-table__role">
                        <input
                          id={inputId}
                          type="checkbox"
                          checked={checked}
                          disabled={busy || locked}
                          aria-describedby={locked ? `${id}-own` : undefined}
                          onChange={(e) => void change(a, role, e.target.checked)}
                        />
                        <label htmlFor={inputId} className="visually-hidden">
                          {t('admin.accounts.roleFor', {
                            role: t(`role.${role}`),
                            email: a.email,
                          })}
                        </label>
                      </td>
                    );
                  })}
                  <td>
                    {a.person_id && a.full_name ? (
                      <Link to={`/admin/people/${a.person_id}/edit`}>{a.full_name}</Link>
                    ) : (
                      <span className="admin-muted">{t('admin.accounts.noPerson')}</span>
                    )}
                  </td>
                  <td>
                    {a.last_sign_in_at ? (
                      formatDateTime(a.last_sign_in_at, i18n.language)
                    ) : (
                      <span className="admin-muted">{t('admin.accounts.never')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
