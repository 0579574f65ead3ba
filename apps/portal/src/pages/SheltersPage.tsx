import { Notice } from '@machi-dx/ui';
import { usePortalTranslator } from '../intl';
import { Page } from '../layout/Page';

/** What shelter reporting is for; the forms and the HQ board arrive with their own issue. */
export function SheltersPage({ siteName }: { siteName: string }) {
  const t = usePortalTranslator();
  return (
    <Page title={t('portal.shelters.title')} siteName={siteName}>
      <p className="portal-lead">{t('portal.shelters.lead')}</p>
      <Notice tone="info" title={t('portal.shelters.notice.title')}>
        {t('portal.shelters.notice.body')}
      </Notice>
    </Page>
  );
}
