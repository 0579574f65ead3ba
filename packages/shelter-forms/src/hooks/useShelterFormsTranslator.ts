import { type Translate, useTranslator } from '@machi-dx/ui';
import { commonCatalogs, outboxCatalogs, shelterFormsCatalogs } from '../intl';

/**
 * The translator for this package's shared strings (report kinds, outbox statuses, code lists,
 * validation), following the locale of the nearest I18nProvider.
 */
export function useShelterFormsTranslator(): Translate {
  return useTranslator(commonCatalogs);
}

/** The translator of OutboxStatus and StorageStatus. */
export function useOutboxTranslator(): Translate {
  return useTranslator(outboxCatalogs);
}

/** The translator for the HQ components: every string of the package. */
export function useHqTranslator(): Translate {
  return useTranslator(shelterFormsCatalogs);
}
