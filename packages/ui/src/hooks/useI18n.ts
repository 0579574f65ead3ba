import { createContext, useContext, useMemo } from 'react';
import {
  type Catalogs,
  createTranslator,
  type Locale,
  type MessageOverrides,
  type Translate,
} from '../core/i18n';

/** What the I18nProvider shares: the locale, how to change it, and the city's message overrides. */
export interface I18nContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  overrides: MessageOverrides | undefined;
}

const noop = () => {};

/** Without a provider every component renders in Japanese, the default. */
export const I18nContext = /* @__PURE__ */ createContext<I18nContextValue>({
  locale: 'ja',
  setLocale: noop,
  overrides: undefined,
});

/** The current locale and a setter (a no-op outside an I18nProvider). */
export function useLocale(): Pick<I18nContextValue, 'locale' | 'setLocale'> {
  const { locale, setLocale } = useContext(I18nContext);
  return { locale, setLocale };
}

/** A translator for one package's catalogs, honouring the provider's locale and overrides. */
export function useTranslator(catalogs: Catalogs): Translate {
  const { locale, overrides } = useContext(I18nContext);
  return useMemo(
    () => createTranslator({ locale, catalogs, overrides }),
    [locale, catalogs, overrides],
  );
}
