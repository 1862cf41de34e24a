import { useTranslation } from '@/lib/use-translation';

// Locally the dev server's gateway serves /feeds/; a hosted build points VITE_FEEDS_URL at the
// feed Edge Function once it is deployed.
const feedsBase = (import.meta.env.VITE_FEEDS_URL || '/feeds').replace(/\/$/, '');

/** The Atom feed of a programme's (or one growth area's) public changes, in a UI language. */
export function feedUrl(programme: string, area: string | null, lang: string): string {
  const path = area ? `${programme}/${area}` : programme;
  return `${feedsBase}/${encodeURIComponent(path).replace(/%2F/g, '/')}.atom?lang=${lang}`;
}

/** <link rel="alternate"> to the page's Atom feed; React hoists it into <head>. */
export function FeedLink({ programme, area = null }: { programme: string; area?: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language ?? 'fi';
  return (
    <link
      rel="alternate"
      type="application/atom+xml"
      title={t('about.feedTitle')}
      href={feedUrl(programme, area, lang)}
    />
  );
}
