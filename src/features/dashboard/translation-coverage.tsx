import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dashboardQueries } from './queries';

/**
 * Translation coverage (#14 §1): per language, how many published projects, growth areas and
 * tasks have a translation, e.g. "Swedish: 9 / 14 published projects". Read from the
 * translation_coverage view after the dashboard itself, so it adds nothing to the summary's wait.
 */
export function TranslationCoverage() {
  const { t } = useTranslation('content');
  const { data } = useQuery(dashboardQueries.translationCoverage());
  if (!data || data.length === 0) return null;
  return (
    <section aria-labelledby="dashboard-translations" className="translation-coverage">
      <h2 id="dashboard-translations">{t('coverageHeading')}</h2>
      <ul className="plain-list">
        {data
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
          {data.map((row) => (
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
    </section>
  );
}
