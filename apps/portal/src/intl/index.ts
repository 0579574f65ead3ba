import type { Catalogs } from '@machi-dx/ui';
import { useTranslator } from '@machi-dx/ui';
import en from './en.json';
import ja from './ja.json';
import jaEasy from './ja-easy.json';

/** The portal's own messages (keys start with `portal.`). */
export const portalCatalogs: Catalogs = { ja, en, 'ja-easy': jaEasy };

/** The translator for the portal's strings. */
export function usePortalTranslator() {
  return useTranslator(portalCatalogs);
}
