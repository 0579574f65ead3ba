import { Spinner } from '@machi-dx/ui';
import { lazy, Suspense } from 'react';
import { useHqPageTranslator } from './intl';

// The HQ board (and the shelter-forms HQ components) load only when HQ opens the page: residents
// never download them.
const HqPage = lazy(() => import('./HqPage').then((module) => ({ default: module.HqPage })));

/** `/hq`, loaded on demand. */
export function HqRoute({ siteName }: { siteName: string }) {
  const t = useHqPageTranslator();
  return (
    <Suspense fallback={<Spinner label={t('portal.hq.loading')} />}>
      <HqPage siteName={siteName} />
    </Suspense>
  );
}
