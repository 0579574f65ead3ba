import { type Translate, useTranslator } from '@machi-dx/ui';
import { bookingCatalogs, flowCatalogs } from '../intl';

/** The translator for this package's strings, following the locale of the nearest I18nProvider. */
export function useBookingTranslator(): Translate {
  return useTranslator(bookingCatalogs);
}

/**
 * Internal: the translator of the booking flow's strings only, for the widget and the parts it is
 * made of, so the widget's bundle carries no staff or manage wording. A city's overrides apply.
 */
export function useFlowTranslator(): Translate {
  return useTranslator(flowCatalogs);
}
