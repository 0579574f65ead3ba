import type { Catalogs } from '../core/i18n';
import en from './en.json';
import ja from './ja.json';
import jaEasy from './ja-easy.json';

/** The ui package's own messages (keys start with `ui.`). */
export const uiCatalogs: Catalogs = { ja, en, 'ja-easy': jaEasy };
