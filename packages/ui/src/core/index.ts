// The framework-free entry: no React, no DOM. Servers and other back ends import only this.

export type {
  Catalogs,
  Locale,
  MessageOverrides,
  Messages,
  MessageValues,
  Translate,
} from './i18n';
export {
  createTranslator,
  interpolate,
  isLocale,
  languageTag,
  locales,
} from './i18n';
