import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/page-title';

function Placeholder({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle title={title} />
      <h1>{title}</h1>
      <p className="badge badge--neutral">{t('placeholder.coming')}</p>
      <p>{text}</p>
    </section>
  );
}

export function TimelineRoute() {
  const { t } = useTranslation();
  return <Placeholder title={t('nav.timeline')} text={t('placeholder.timeline')} />;
}

export function DashboardRoute() {
  const { t } = useTranslation();
  return <Placeholder title={t('nav.dashboard')} text={t('placeholder.dashboard')} />;
}
