import { I18nProvider, useLocale } from '@machi-dx/ui';
import { usePortalTranslator } from './intl';
import { Layout } from './layout/Layout';
import { AccessibilityPage } from './pages/AccessibilityPage';
import { bookingRoute } from './pages/booking/routes';
import { StaffPage } from './pages/booking/StaffPage';
import { ConsultationPage } from './pages/ConsultationPage';
import { HomePage } from './pages/HomePage';
import { HqRoute } from './pages/hq/route';
import { NotFoundPage } from './pages/NotFoundPage';
import { SheltersPage } from './pages/SheltersPage';
import { ShelterRoute } from './pages/shelter/route';
import { RouterProvider, useRouter } from './router';
import { type CityState, localized, useCity } from './useCity';
import { usePortalLocale } from './usePortalLocale';

function Routes({ city }: { city: CityState }) {
  const { path } = useRouter();
  const t = usePortalTranslator();
  const { locale } = useLocale();
  const cityName =
    city.status === 'ready' ? localized(city.city.name, locale) : t('portal.fallbackCityName');
  const siteName = t('portal.siteName', { city: cityName });
  let page: React.ReactNode;
  switch (path.replace(/\/+$/, '') || '/') {
    case '/':
      page = <HomePage siteName={siteName} />;
      break;
    case '/consultation':
      page = <ConsultationPage city={city} siteName={siteName} />;
      break;
    case '/shelters':
      page = <SheltersPage siteName={siteName} />;
      break;
    case '/shelter':
      page = <ShelterRoute siteName={siteName} />;
      break;
    case '/accessibility':
      page = <AccessibilityPage siteName={siteName} />;
      break;
    case '/hq':
      page = <HqRoute siteName={siteName} />;
      break;
    case '/staff':
      page = <StaffPage siteName={siteName} />;
      break;
    default:
      page = bookingRoute(path, siteName) ?? <NotFoundPage siteName={siteName} />;
  }
  return (
    <Layout city={city} siteName={siteName}>
      {/* A key per path remounts the page, so its heading takes focus after navigation. */}
      <div key={path}>{page}</div>
    </Layout>
  );
}

/** The reference portal: locale, router, city info, pages. */
export function App() {
  const [locale, setLocale] = usePortalLocale();
  const city = useCity();
  return (
    <I18nProvider locale={locale} onLocaleChange={setLocale}>
      <RouterProvider>
        <Routes city={city} />
      </RouterProvider>
    </I18nProvider>
  );
}
