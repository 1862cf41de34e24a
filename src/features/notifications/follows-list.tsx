import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { Translated } from '@/components/translated';
import { formatDate } from '@/lib/dates';
import { ZeroRowsError } from '@/lib/errors';
import { localize, useContentLanguage, type Localized } from '@/lib/translated';
import type { Follow } from './queries';
import { notificationsNamespace } from './texts';

type Message = { tone: 'success' | 'error'; text: string };

/**
 * "My follows": each followed project (a link to its page) or growth area, with "unfollow".
 * After unfollowing, focus goes to the list's heading, as the button is gone.
 */
export function FollowsList({
  follows,
  unfollow,
  headingId,
}: {
  follows: Follow[];
  unfollow: (follow: Follow) => Promise<unknown>;
  /** The id of the section's heading, where focus goes after unfollowing. */
  headingId: string;
}) {
  const { t, i18n } = useTranslation(notificationsNamespace);
  const { t: tApp } = useTranslation();
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const content = useContentLanguage();
  /** The followed project's or growth area's name in the reader's language (#14 §1). */
  const localName = (f: Follow): Localized =>
    (f.project_id
      ? localize(
          { name: f.project_name, name_sv: f.project_name_sv, name_en: f.project_name_en },
          'name',
          content,
        )
      : localize(
          {
            name: f.growth_area_name,
            name_sv: f.growth_area_name_sv,
            name_en: f.growth_area_name_en,
          },
          'name',
          content,
        )) ?? { text: t('follows.unnamed'), lang: content, fallback: false };
  const nameOf = (f: Follow) => localName(f).text;

  const remove = async (f: Follow) => {
    const name = nameOf(f);
    setBusy(f.id);
    setMessage(null);
    try {
      await unfollow(f);
      setMessage({ tone: 'success', text: t('follows.unfollowed', { name }) });
      requestAnimationFrame(() => document.getElementById(headingId)?.focus());
    } catch (error) {
      const text = t('follows.unfollowFailed', { name });
      setMessage({
        tone: 'error',
        text: error instanceof ZeroRowsError ? `${text} ${tApp('edit.zeroRows')}` : text,
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <div role="status" aria-live="polite">
        {message?.tone === 'success' && <p className="notice notice--success">{message.text}</p>}
      </div>
      {message?.tone === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>{message.text}</p>
        </div>
      )}
      {follows.length === 0 ? (
        <p>{t('follows.empty')}</p>
      ) : (
        <ul className="follows">
          {follows.map((f) => {
            const name = localName(f);
            return (
              <li key={f.id} className="follows__item">
                <span>
                  <span className="follows__type">
                    {f.project_id ? t('follows.project') : t('follows.growthArea')}:
                  </span>{' '}
                  {f.project_slug ? (
                    <Translated
                      value={name}
                      as={Link}
                      to={`/projects/${encodeURIComponent(f.project_slug)}`}
                    />
                  ) : (
                    <Translated value={name} />
                  )}{' '}
                  <span className="follows__since">
                    ({t('follows.since', { date: formatDate(f.created_at, i18n.language) })})
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t('follows.unfollowLabel', { name: name.text })}
                  disabled={busy !== null}
                  onClick={() => void remove(f)}
                >
                  {t('follows.unfollow')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
