import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { dashboardQueries, type TranslationCoverageRow } from './queries';

/**
 * Translation coverage (#14 §1): per language, how many published projects, growth areas and
 * tasks have a translation, e.g. "Ruotsi: 9 / 14 julkaistua hanketta". Read from the
 * translation_coverage view when the director asks, as the overdue-status-update list is: a
 * dashboard load stays within its three API requests (figures, lists, indicators).
 */
export function TranslationCoverage() {
  const [asked, setAsked] = useState(false);
  const { data } = useQuery({ ...dashboardQueries.translationCoverage(), enabled: asked });
  return <CoverageView rows={data} show={() => setAsked(true)} />;
}

/** The section: a button until asked, then the figures; focus goes to them when they come. */
export function CoverageView({
  rows,
  show,
}: {
  rows: readonly TranslationCoverageRow[] | undefined;
  show: () => void;
}) {
  const { t } = useTranslation('content');
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus follows the click that asked for the figures (the button it replaces is gone).
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current && rows) {
      heading.current?.focus();
      asked.current = false;
    }
  }, [rows]);
  return (
    <section aria-labelledby="dashboard-translations" className="translation-coverage">
      <h2 id="dashboard-translations" ref={heading} tabIndex={-1}>
        {t('coverageHeading')}
      </h2>
      {!rows ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            asked.current = true;
            show();
          }}
        >
          {t('coverageShow')}
        </button>
      ) : (
        <>
          <ul className="plain-list">
            {rows
              .filter((row) => row.kind === 'project')
              .map((row) => (
                <li key={row.language}>
                  <strong>
                    {t('coverageLine', {
                      language: t(`language_${row.language}`),
                      translated: row.translated,
                      total: row.total,
                      kind: t(`kind_${row.kind}`),
                    })}
                  </strong>
                </li>
              ))}
          </ul>
          <table className="summary-table">
            <caption>{t('coverageCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverageLanguage')}</th>
                <th scope="col">{t('coverageKind')}</th>
                <th scope="col">{t('coverageTranslated')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.language}-${row.kind}`}>
                  <th scope="row">{t(`language_${row.language}`)}</th>
                  <td>{t(`kind_${row.kind}`)}</td>
                  <td>
                    {row.translated} / {row.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
