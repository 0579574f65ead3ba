import { Notice, Spinner, useLocale } from '@machi-dx/ui';
import { usePortalTranslator } from '../intl';
import { Page } from '../layout/Page';
import { type CityState, localized } from '../useCity';

const topics = ['settlement', 'familyRegister', 'welfare'] as const;

/** What the online consultation windows are for and where they are; booking arrives with its own issue. */
export function ConsultationPage({ city, siteName }: { city: CityState; siteName: string }) {
  const t = usePortalTranslator();
  const { locale } = useLocale();
  return (
    <Page title={t('portal.consultation.title')} siteName={siteName}>
      <p className="portal-lead">{t('portal.consultation.lead')}</p>
      <Notice tone="info" title={t('portal.consultation.bookingSoon.title')}>
        {t('portal.consultation.bookingSoon.body')}
      </Notice>
      <h2>{t('portal.consultation.topics')}</h2>
      <ul>
        {topics.map((topic) => (
          <li key={topic}>{t(`portal.consultation.topic.${topic}`)}</li>
        ))}
      </ul>
      <h2>{t('portal.consultation.where')}</h2>
      {city.status === 'loading' && <Spinner label={t('portal.consultation.loading')} />}
      {city.status === 'error' && (
        <Notice tone="error">{t('portal.consultation.loadError')}</Notice>
      )}
      {city.status === 'ready' && (
        <ul>
          {city.city.sites
            .filter((site) => site.kind === 'branch')
            .map((site) => (
              <li key={site.id}>
                {localized(site.name, locale)}
                {site.address && (
                  <span className="portal-muted">（{localized(site.address, locale)}）</span>
                )}
              </li>
            ))}
          <li>{t('portal.consultation.home')}</li>
        </ul>
      )}
    </Page>
  );
}
