import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { loadContentTexts } from '@/lib/content-texts';
import { embedHeightMessage } from './embed-frame';

// Pages load this module lazily (React.lazy), after their first paint; its texts come with it.
await loadContentTexts();

/**
 * The HTML a city page pastes to show an embed: the iframe with its accessible title, and a
 * small script that sets the iframe's height from the embed's messages (from this origin only).
 */
export function embedSnippet(origin: string, path: string, title: string): string {
  const src = `${origin}${path}`;
  const escaped = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${src}" title="${escaped}" style="width:100%;height:400px;border:0"></iframe>`,
    `<script>addEventListener('message',function(e){if(e.origin!=='${origin}'||!e.data||e.data.type!=='${embedHeightMessage}')return;` +
      `document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+'px'})})</script>`,
  ].join('\n');
}

export interface EmbedCodeProps {
  /** The embed's address, /embed/…; the page's language is added. */
  path: string;
  /** A project card, a timeline or an indicator chart: the iframe's accessible title says which. */
  kind: 'project' | 'timeline' | 'indicator';
  /** What is embedded, in the page's language. */
  name: string;
}

/** "Copy embed code" on a full page: the snippet to read, select or copy in one click. */
export default function EmbedCode({ path, kind, name }: EmbedCodeProps) {
  const { t, i18n } = useTranslation('content');
  const title = t(
    kind === 'project'
      ? 'embedProjectTitle'
      : kind === 'indicator'
        ? 'embedIndicatorTitle'
        : 'embedTimelineTitle',
    { name },
  );
  const id = useId();
  const [copied, setCopied] = useState(false);
  const lang = i18n.language ?? 'fi';
  const code = embedSnippet(
    location.origin,
    `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`,
    title,
  );
  return (
    <details className="embed-code">
      <summary>{t('embedHeading')}</summary>
      <p className="field__hint" id={`${id}-hint`}>
        {t('embedHint')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('embedCodeLabel')}</label>
        <textarea
          id={`${id}-code`}
          readOnly
          rows={4}
          value={code}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          void navigator.clipboard?.writeText(code).then(() => setCopied(true));
        }}
      >
        {t('embedCopy')}
      </button>
      <p role="status" className="embed-code__status">
        {copied ? t('embedCopied') : ''}
      </p>
    </details>
  );
}
