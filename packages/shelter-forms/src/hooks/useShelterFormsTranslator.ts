import { type Translate, useTranslator } from '@machi-dx/ui';
import { shelterFormsCatalogs } from '../intl';

/** The translator for this package's strings, following the locale of the nearest I18nProvider. */
export function useShelterFormsTranslator(): Translate {
  return useTranslator(shelterFormsCatalogs);
}
