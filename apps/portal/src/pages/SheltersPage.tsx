import { Notice } from '@machi-dx/ui';
import { usePortalTranslator } from '../intl';
import { Page } from '../layout/Page';
import { Link } from '../router';

const audiences = [
  { key: 'shelter', href: '/shelter' },
  { key: 'hq', href: '/hq' },
] as const;

/** What shelter reporting is for, where shelter staff and the disaster HQ find their pages, and advice to residents. */
export function SheltersPage({ siteName }: { siteName: string }) {
  const t = usePortalTranslator();
  return (
    <Page title={t('portal.shelters.title')} siteName={siteName}>
      <p className="portal-lead">{t('portal.shelters.lead')}</p>
      {audiences.map(({ key, href }) => (
        <section key={key} aria-labelledby={`shelters-${key}`}>
          <h2 id={`shelters-${key}`}>{t(`portal.shelters.${key}.title`)}</h2>
          <p>{t(`portal.shelters.${key}.body`)}</p>
          <p>
            <Link href={href}>{t(`portal.shelters.${key}.link`)}</Link>
          </p>
        </section>
      ))}
      <Notice tone="info" title={t('portal.shelters.residents.title')}>
        {t('portal.shelters.residents.body')}
      </Notice>
    </Page>
  );
}
