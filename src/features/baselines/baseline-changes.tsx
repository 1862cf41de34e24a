import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { toLanguage } from '@/lib/language';
import { changeText, groupByArea, slipText, summarise } from './format';
import type { BaselineChange } from './queries';

interface Props {
  changes: readonly BaselineChange[];
  /** The heading level of each growth area's caption-less section (the page's structure). */
  level?: 3 | 4;
  /** Only these growth areas' changes (the report shows them per area); undefined: all. */
  growthAreaId?: string | null;
  /** Plain text instead of links (print). */
  plain?: boolean;
}

/**
 * What changed since a baseline as tables per growth area: project, change in words, slip in
 * days (later / earlier in words, never only a colour or a sign).
 */
export function BaselineChanges({ changes, level = 3, growthAreaId, plain }: Props) {
  const { t, i18n } = useTranslation('reports');
  const { t: appT } = useTranslation();
  const lang = toLanguage(i18n.language);
  const shown =
    growthAreaId === undefined ? changes : changes.filter((c) => c.growthAreaId === growthAreaId);
  if (shown.length === 0) return <p>{t('baselines.changesEmpty')}</p>;
  const Heading = level === 3 ? 'h3' : 'h4';
  const groups =
    growthAreaId === undefined
      ? groupByArea(shown)
      : [{ growthAreaId, growthAreaName: null, changes: shown }];
  return (
    <div className="baseline-changes">
      <p>{t('baselines.changesSummary', { ...summarise(shown) })}</p>
      {groups.map((g) => (
        <section key={g.growthAreaId ?? 'other'} className="baseline-changes__area">
          {growthAreaId === undefined ? (
            <Heading>{g.growthAreaName ?? t('baselines.otherProjects')}</Heading>
          ) : null}
          <table className="baseline-changes__table">
            <thead>
              <tr>
                <th scope="col">{t('baselines.colProject')}</th>
                <th scope="col">{t('baselines.colChange')}</th>
                <th scope="col">{t('baselines.colSlip')}</th>
              </tr>
            </thead>
            <tbody>
              {g.changes.map((c, i) => (
                <tr key={`${c.kind}-${c.projectId}-${c.taskId ?? ''}-${i}`}>
                  <th scope="row">
                    {c.projectSlug && !plain && c.kind !== 'project_removed' ? (
                      <Link to={`/projects/${c.projectSlug}`}>{c.projectName}</Link>
                    ) : (
                      c.projectName
                    )}
                  </th>
                  <td>{changeText(c, t, appT, lang)}</td>
                  <td>
                    {c.slipDays !== null && c.slipDays > 0 ? (
                      <strong>{slipText(c.slipDays, t)}</strong>
                    ) : (
                      (slipText(c.slipDays, t) ?? '')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

/** One line: how many dates moved later and earlier, projects added, stages changed. */
export function BaselineSummary({ changes }: { changes: readonly BaselineChange[] }) {
  const { t } = useTranslation('reports');
  if (changes.length === 0) return <p>{t('baselines.changesEmpty')}</p>;
  return <p>{t('baselines.changesSummary', { ...summarise(changes) })}</p>;
}
