import type { Catalogs } from '@machi-dx/ui';
import { useTranslator } from '@machi-dx/ui';
import en from './en.json';
import ja from './ja.json';
import jaEasy from './ja-easy.json';

/** The /shelter page's own messages (keys start with `portal.shelter.`), loaded with the page. */
export const shelterPageCatalogs: Catalogs = { ja, en, 'ja-easy': jaEasy };

/** The translator for the /shelter page's strings. */
export function useShelterPageTranslator() {
  return useTranslator(shelterPageCatalogs);
}
