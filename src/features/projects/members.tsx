import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useToast } from '@/components/toast';
import { memberRoles, type MemberRole } from '@/lib/domain';
import { errorMessage } from '@/lib/errors';
import { peopleQueries } from '@/lib/people';
import { memberMutations } from './mutations';
import { memberQueries } from './queries';

/** Directors manage who leads or edits a project. */
export function MembersEditor({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const toast = useToast();
  const { data: members } = useSuspenseQuery(memberQueries.forProject(projectId));
  // Who could lead or edit: the people linked to an account.
  const people = useSuspenseQuery(peopleQueries.list()).data.filter((p) => p.user_id !== null);
  const data = { members, people };
  const add = useMutation(memberMutations.add());
  const remove = useMutation(memberMutations.remove());
  const candidates = data.people.filter((p) => !data.members.some((m) => m.user_id === p.user_id));
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<MemberRole>('lead');
  const nameOf = (uid: string) =>
    data.people.find((p) => p.user_id === uid)?.full_name ?? t('members.unknownUser');
  const selected = userId || candidates[0]?.user_id || '';
  const fail = (error: unknown) =>
    toast({ message: t('edit.serverError', { message: errorMessage(error) }), tone: 'error' });

  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('members.title')}</h2>
      <p>{t('members.intro')}</p>
      {data.members.length === 0 ? (
        <p className="empty">{t('members.empty')}</p>
      ) : (
        <ul className="plain-list">
          {data.members.map((m) => (
            <li key={m.user_id} className="member">
              <span>
                <strong>{nameOf(m.user_id)}</strong> – {t(`role.${m.role}`)}
              </span>
              <button
                type="button"
                className="button button--small button--secondary"
                aria-label={t('members.removeLabel', { name: nameOf(m.user_id) })}
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { projectId, userId: m.user_id },
                    {
                      onSuccess: () =>
                        toast({ message: t('members.removed', { name: nameOf(m.user_id) }) }),
                      onError: fail,
                    },
                  )
                }
              >
                {t('members.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <div className="form-row member-add">
          <div className="field">
            <label htmlFor={`${id}-person`}>{t('members.person')}</label>
            <select
              id={`${id}-person`}
              value={selected}
              onChange={(e) => setUserId(e.target.value)}
            >
              {candidates.map((p) => (
                <option key={p.id} value={p.user_id ?? ''}>
                  {p.full_name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('members.role')}</label>
            <select
              id={`${id}-role`}
              value={role}
              onChange={(e) => setRole(memberRoles.find((r) => r === e.target.value) ?? 'lead')}
            >
              {memberRoles.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <button
              type="button"
              className="button"
              disabled={add.isPending || !selected}
              onClick={() =>
                add.mutate(
                  { projectId, userId: selected, role },
                  {
                    onSuccess: () => {
                      toast({ message: t('members.added', { name: nameOf(selected) }) });
                      setUserId('');
                    },
                    onError: fail,
                  },
                )
              }
            >
              {t('members.add')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
