import { useTranslation } from '@/lib/use-translation';
import { aboutNamespace } from './texts';
import { PageTitle } from '@/components/page-title';
import { supabaseAnonKey, supabaseUrl } from '@/lib/api-config';
import { publicRelations } from './public-relations';
import { openDataLicence } from './settings';

/** How to read Salkku's public data through the REST API, under which licence and limits. */
export function OpenDataPage() {
  const { t } = useTranslation(aboutNamespace);
  const api = `${supabaseUrl.replace(/\/$/, '')}/rest/v1/`;
  const example = `curl '${api}project_overview?select=slug,name,schedule_state,schedule_reasons&schedule_state=eq.late' -H "apikey: $ANON_KEY"`;
  return (
    <article className="about-page">
      <PageTitle title={t('openData.title')} />
      <h1>{t('openData.title')}</h1>
      <p>{t('openData.intro')}</p>

      <h2>{t('openData.apiTitle')}</h2>
      <p>
        {t('openData.api')} <code>{api}</code>
      </p>
      {supabaseAnonKey && (
        <p>
          {t('openData.anonKey')} <code className="about-page__key">{supabaseAnonKey}</code>
        </p>
      )}
      <p>{t('openData.openapi')}</p>
      <h3>{t('openData.example')}</h3>
      <pre className="about-page__code" tabIndex={0}>
        <code>{example}</code>
      </pre>

      <h2 id="open-data-tables">{t('openData.tablesTitle')}</h2>
      <p>{t('openData.tables')}</p>
      <ul className="about-page__relations" aria-labelledby="open-data-tables">
        {publicRelations.map((name) => (
          <li key={name}>
            <code>{name}</code>
          </li>
        ))}
      </ul>

      <h2>{t('openData.licenceTitle')}</h2>
      <p>
        {t('openData.licence')}{' '}
        <a href={openDataLicence.url} hrefLang="en">
          {openDataLicence.name}
        </a>
        . {t('openData.licenceAttribution')}
      </p>

      <h2>{t('openData.limitsTitle')}</h2>
      <ul>
        <li>{t('openData.limitRows')}</li>
        <li>{t('openData.limitRequests')}</li>
      </ul>
    </article>
  );
}
