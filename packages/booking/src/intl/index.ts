import type { Catalogs } from '@machi-dx/ui/core';
import en from './en.json';
import ja from './ja.json';
import jaEasy from './ja-easy.json';

/** This package's messages in every locale; a city overrides any key through the ui I18nProvider. */
export const bookingCatalogs: Catalogs = { ja, en, 'ja-easy': jaEasy };
