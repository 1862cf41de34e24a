import { useEffect, type ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';

/** The message an embed sends its parent page whenever its height changes. */
export const embedHeightMessage = 'salkku-embed-height';

/** Tells the page that frames this one how tall the content is, so the iframe can fit it. */
function useReportHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    const report = () =>
      window.parent.postMessage(
        { type: embedHeightMessage, height: Math.ceil(document.documentElement.scrollHeight) },
        '*',
      );
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, []);
}

/**
 * An embed's page (#14 §3): no header, navigation or footer, only the content, a link to the
 * full page in a new tab, and the height reported to the parent page.
 */
export function EmbedFrame({
  title,
  fullPage,
  children,
}: {
  title: string;
  /** The full page's path in Salkku. */
  fullPage: string;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation('content');
  useReportHeight();
  const separator = fullPage.includes('?') ? '&' : '?';
  return (
    <main className="embed">
      <title>{title}</title>
      {children}
      <p className="embed__full">
        <a
          href={`${fullPage}${separator}lang=${i18n.language ?? 'fi'}`}
          target="_blank"
          rel="noopener"
        >
          {t('openFull')}
        </a>
      </p>
    </main>
  );
}
