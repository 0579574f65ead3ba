import type { Translate } from '../core/i18n';
import { uiCatalogs } from '../intl';
import { useTranslator } from './useI18n';

/** The translator for the ui package's own strings. */
export function useUiTranslator(): Translate {
  return useTranslator(uiCatalogs);
}
