import type { Catalogs } from '@machi-dx/ui';
import en from './en.json';
import ja from './ja.json';
import jaEasy from './ja-easy.json';

/** The update banner's messages (keys start with `portal.update.`). */
export const updateCatalogs: Catalogs = { ja, en, 'ja-easy': jaEasy };
