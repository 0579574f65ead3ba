import { usePortalTranslator } from '../intl';
import { Page } from '../layout/Page';
import { Link } from '../router';

const services = [
  { href: '/consultation', key: 'consultation' },
  { href: '/shelters', key: 'shelters' },
  { href: '/accessibility', key: 'accessibility' },
] as const;

/** Introduces the three services. */
export function HomePage({ siteName }: { siteName: string }) {
  const t = usePortalTranslator();
  return (
    <Page title={siteName} siteName={siteName}>
      <p className="portal-lead">{t('portal.home.lead')}</p>
      <h2>{t('portal.home.services')}</h2>
      <ul className="portal-cards">
        {services.map((service) => (
          <li key={service.key} className="portal-card">
            <h3>
              <Link href={service.href}>{t(`portal.home.${service.key}.title`)}</Link>
            </h3>
            <p>{t(`portal.home.${service.key}.body`)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
