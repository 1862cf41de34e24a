import type { ElementType } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { Localized } from '@/lib/translated';

/** The quiet, visible "not translated" note beside Finnish text standing in for a translation. */
export function NotTranslated() {
  const { t } = useTranslation();
  return <span className="not-translated">({t('translation.notTranslated')})</span>;
}

interface Props {
  value: Localized | null;
  /** The element the text goes in (span by default; p, h1 … for blocks). */
  as?: ElementType;
  className?: string;
  id?: string;
  /** For `as={Link}`: where the link goes (the marker stays outside the link). */
  to?: string;
}

/**
 * Content text in the UI language. Finnish standing in for a missing translation carries
 * lang="fi" (WCAG 3.1.2, language of parts: a screen reader switches voice) and is followed by
 * the visible marker, outside the element so a heading or link keeps its own text.
 */
export function Translated({ value, as: Tag = 'span', className, id, to }: Props) {
  if (!value) return null;
  if (!value.fallback) {
    return (
      <Tag className={className} id={id} to={to}>
        {value.text}
      </Tag>
    );
  }
  return (
    <>
      <Tag className={className} id={id} to={to} lang={value.lang}>
        {value.text}
      </Tag>{' '}
      <NotTranslated />
    </>
  );
}
