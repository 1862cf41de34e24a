import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { ZeroRowsError, errorMessage, isPostgrestError } from '@/lib/errors';
import { useAccess } from '@/lib/session';
import { updatesNamespace } from '@/lib/updates-texts';
import { followMutations } from './mutations';
import { followQueries, type FollowSubject } from './queries';

type Message = { tone: 'success' | 'error'; text: string };

interface ToggleProps {
  kind: FollowSubject['kind'];
  following: boolean;
  /** While the state is read or a change is being saved. */
  busy: boolean;
  /** What happened last (said politely, or as an alert when it failed). */
  message: Message | null;
  onToggle: () => void;
}

/**
 * A toggle button (aria-pressed) with a constant name, "Seuraa hanketta": the pressed state and
 * the sentence beside it say whether the user follows, so the state is never told by colour or
 * by a changing name alone.
 */
export function FollowToggle({ kind, following, busy, message, onToggle }: ToggleProps) {
  const { t } = useTranslation(updatesNamespace);
  const id = useId();
  return (
    <div className="follow">
      <button
        type="button"
        className={
          following
            ? 'button button--small follow__button'
            : 'button button--small button--secondary follow__button'
        }
        aria-pressed={following}
        aria-describedby={following ? `${id}-state` : undefined}
        disabled={busy}
        onClick={onToggle}
      >
        <span aria-hidden="true" className="follow__mark">
          {following ? '✓ ' : '+ '}
        </span>
        {kind === 'project' ? t('followProject') : t('followArea')}
      </button>
      {following && (
        <p className="follow__state muted" id={`${id}-state`}>
          {kind === 'project' ? t('followingProject') : t('followingArea')}
        </p>
      )}
      <div aria-live="polite" className="follow__message">
        {message?.tone === 'success' && <p>{message.text}</p>}
      </div>
      {message?.tone === 'error' && (
        <p className="notice notice--error" role="alert">
          {message.text}
        </p>
      )}
    </div>
  );
}

/** Follow / unfollow a project or growth area, for any signed-in user (nothing for visitors). */
export function FollowButton(props: { subject: FollowSubject; name: string }) {
  return useAccess() ? <ConnectedFollowButton {...props} /> : null;
}

function ConnectedFollowButton({ subject, name }: { subject: FollowSubject; name: string }) {
  const { t } = useTranslation(updatesNamespace);
  const queryClient = useQueryClient();
  const state = useQuery(followQueries.of(subject));
  const [message, setMessage] = useState<Message | null>(null);
  const key = followQueries.of(subject).queryKey;
  const describe = (error: unknown) => {
    if (error instanceof ZeroRowsError) return t('unfollowZeroRows');
    if (isPostgrestError(error) && error.code === '42501') return t('followRefused');
    return t('followFailed', { message: errorMessage(error) });
  };
  const onError = (error: unknown) => {
    // Already followed in another tab (unique key): the state is simply re-read.
    if (isPostgrestError(error) && error.code === '23505') return;
    setMessage({ tone: 'error', text: describe(error) });
  };
  const add = useMutation({
    ...followMutations.follow(),
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      setMessage({ tone: 'success', text: t('followedNow', { name }) });
    },
    onError,
  });
  const remove = useMutation({
    ...followMutations.unfollow(),
    onSuccess: () => {
      queryClient.setQueryData(key, null);
      setMessage({ tone: 'success', text: t('unfollowedNow', { name }) });
    },
    onError,
  });
  const following = !!state.data;
  return (
    <FollowToggle
      kind={subject.kind}
      following={following}
      busy={state.isPending || add.isPending || remove.isPending}
      message={state.isError ? { tone: 'error', text: describe(state.error) } : message}
      onToggle={() => {
        setMessage(null);
        if (following) remove.mutate(subject);
        else add.mutate(subject);
      }}
    />
  );
}
