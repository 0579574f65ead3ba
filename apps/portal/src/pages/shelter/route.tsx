import { Spinner } from '@machi-dx/ui';
import { lazy, Suspense } from 'react';
import { useShelterPageTranslator } from './intl';

// The shelter page (forms, outbox, IndexedDB) loads only when a shelter opens it; the service
// worker precaches its chunk, so it opens offline too.
const ShelterPage = lazy(() =>
  import('./ShelterPage').then((module) => ({ default: module.ShelterPage })),
);

/** `/shelter`, loaded on demand. */
export function ShelterRoute({ siteName }: { siteName: string }) {
  const t = useShelterPageTranslator();
  return (
    <Suspense fallback={<Spinner label={t('portal.shelter.loading')} />}>
      <ShelterPage siteName={siteName} />
    </Suspense>
  );
}
