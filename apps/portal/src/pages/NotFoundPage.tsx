import { usePortalTranslator } from '../intl';
import { Page } from '../layout/Page';
import { Link } from '../router';

/** Unknown paths: the server answers them with the SPA, and the SPA says plainly the page is not here. */
export function NotFoundPage({ siteName }: { siteName: string }) {
  const t = usePortalTranslator();
  return (
    <Page title={t('portal.notFound.title')} siteName={siteName}>
      <p>{t('portal.notFound.body')}</p>
      <p>
        <Link href="/">{t('portal.notFound.home')}</Link>
      </p>
    </Page>
  );
}
