import { LanguageSwitcher, Notice, SkipLink, useLocale } from '@machi-dx/ui';
import type { ReactNode } from 'react';
import { usePortalTranslator } from '../intl';
import { Link } from '../router';
import { type CityState, localized } from '../useCity';
import { hrefForLocale } from '../usePortalLocale';

const navItems = [
  { href: '/', key: 'portal.nav.home' },
  { href: '/consultation', key: 'portal.nav.consultation' },
  { href: '/shelters', key: 'portal.nav.shelters' },
  { href: '/accessibility', key: 'portal.nav.accessibility' },
] as const;

const staffItems = [
  { href: '/staff', key: 'portal.footer.staff.consultation' },
  { href: '/shelter', key: 'portal.footer.staff.shelter' },
  { href: '/hq', key: 'portal.footer.staff.hq' },
] as const;

/** A list of in-app links, each named by a portal message. */
function LinkList({ items }: { items: readonly { href: string; key: string }[] }) {
  const t = usePortalTranslator();
  return (
    <ul>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href}>{t(item.key)}</Link>
        </li>
      ))}
    </ul>
  );
}

/** Header (city name, language, menu), the sample-data notice, main landmark and footer (with the staff pages). */
export function Layout({
  city,
  siteName,
  children,
}: {
  city: CityState;
  siteName: string;
  children: ReactNode;
}) {
  const t = usePortalTranslator();
  const { locale } = useLocale();
  return (
    <>
      <SkipLink />
      <header className="portal-header">
        <div className="portal-header__inner">
          <Link href="/" className="portal-header__brand">
            {siteName}
          </Link>
          <LanguageSwitcher hrefFor={hrefForLocale} />
        </div>
        <nav aria-label={t('portal.nav.label')} className="portal-nav">
          <LinkList items={navItems} />
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="portal-main">
        {city.status === 'ready' && city.city.sampleData && (
          <div className="portal-sample">
            <Notice tone="warning">{t('portal.sampleData')}</Notice>
          </div>
        )}
        {children}
      </main>
      <footer className="portal-footer">
        <nav aria-labelledby="portal-footer-staff" className="portal-footer__staff">
          <h2 id="portal-footer-staff">{t('portal.footer.staff.title')}</h2>
          <LinkList items={staffItems} />
        </nav>
        <p>{city.status === 'ready' ? localized(city.city.name, locale) : siteName}</p>
        <p>{t('portal.footer.about')}</p>
        <ul>
          <li>
            <Link href="/accessibility">{t('portal.footer.accessibility')}</Link>
          </li>
          <li>
            <a href="https://github.com/machi-dx/machi-dx">{t('portal.footer.source')}</a>
          </li>
        </ul>
      </footer>
    </>
  );
}
