import type { Catalogs } from '@machi-dx/ui';
import { useTranslator } from '@machi-dx/ui';
import en from './en.json';
import ja from './ja.json';
import jaEasy from './ja-easy.json';

/** The /hq page's own messages (keys start with `portal.hq.`): only this page loads them. */
export const hqPageCatalogs: Catalogs = { ja, en, 'ja-easy': jaEasy };

/** The translator for the /hq page's strings. */
export function useHqPageTranslator() {
  return useTranslator(hqPageCatalogs);
}
