import { usePortalTranslator } from '../intl';
import { Page } from '../layout/Page';

const features = ['languages', 'keyboard', 'contrast', 'motion'] as const;

/** The accessibility statement. */
export function AccessibilityPage({ siteName }: { siteName: string }) {
  const t = usePortalTranslator();
  return (
    <Page title={t('portal.accessibility.title')} siteName={siteName}>
      <p className="portal-lead">{t('portal.accessibility.lead')}</p>
      <p>{t('portal.accessibility.target')}</p>
      <h2>{t('portal.accessibility.features')}</h2>
      <ul>
        {features.map((feature) => (
          <li key={feature}>{t(`portal.accessibility.feature.${feature}`)}</li>
        ))}
      </ul>
      <p>{t('portal.accessibility.contact')}</p>
    </Page>
  );
}
