import { Notice, Spinner, useLocale } from '@machi-dx/ui';
import { usePortalTranslator } from '../intl';
import { Page } from '../layout/Page';
import { type CityState, localized } from '../useCity';
import { ResidentBooking } from './booking/ResidentBooking';

const topics = ['settlement', 'familyRegister', 'welfare'] as const;

/** What the online consultation windows are for and where they are; and the resident's booking flow. */
export function ConsultationPage({ city, siteName }: { city: CityState; siteName: string }) {
  const t = usePortalTranslator();
  const { locale } = useLocale();
  return (
    <Page title={t('portal.consultation.title')} siteName={siteName}>
      <p className="portal-lead">{t('portal.consultation.lead')}</p>
      <h2>{t('portal.consultation.book')}</h2>
      <ResidentBooking />
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
