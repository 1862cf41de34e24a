import { useTranslation } from '@/lib/use-translation';
import { aboutNamespace } from './texts';
import { PageTitle } from '@/components/page-title';
import { formatDate } from '@/lib/dates';
import {
  accessibilityFeedbackEmail,
  enforcementBody,
  statementPreparedOn,
  statementReviewedOn,
} from './settings';

// Each shortcoming is something the team knows of; the list shrinks as the fixes land.
const shortcomings = [
  'shortcomingLanguage',
  'shortcomingDrag',
  'shortcomingExports',
  'shortcomingAudit',
] as const;

/** The accessibility statement Act 306/2019 asks of public-sector services, in the UI language. */
export function AccessibilityStatement() {
  const { t, i18n } = useTranslation(aboutNamespace);
  const lng = i18n.language;
  return (
    <article className="about-page">
      <PageTitle title={t('a11y.title')} />
      <h1>{t('a11y.title')}</h1>
      <p>
        {t('a11y.intro', {
          prepared: formatDate(statementPreparedOn, lng),
          reviewed: formatDate(statementReviewedOn, lng),
        })}
      </p>

      <h2>{t('a11y.statusTitle')}</h2>
      <p>{t('a11y.status')}</p>

      <h2>{t('a11y.shortcomingsTitle')}</h2>
      <ul>
        {shortcomings.map((key) => (
          <li key={key}>{t(`a11y.${key}`)}</li>
        ))}
      </ul>

      <h2>{t('a11y.assessmentTitle')}</h2>
      <p>{t('a11y.assessment')}</p>

      <h2>{t('a11y.feedbackTitle')}</h2>
      <p>
        {t('a11y.feedback')}{' '}
        <a href={`mailto:${accessibilityFeedbackEmail}`}>{accessibilityFeedbackEmail}</a>
      </p>
      <p>{t('a11y.feedbackAnswer')}</p>

      <h2>{t('a11y.enforcementTitle')}</h2>
      <p>{t('a11y.enforcement')}</p>
      <dl className="about-page__contact">
        <dt>{t('a11y.enforcementWeb')}</dt>
        <dd>
          <a href={enforcementBody.web}>{enforcementBody.web.replace('https://', '')}</a>
        </dd>
        <dt>{t('a11y.enforcementEmail')}</dt>
        <dd>
          <a href={`mailto:${enforcementBody.email}`}>{enforcementBody.email}</a>
        </dd>
      </dl>
    </article>
  );
}
