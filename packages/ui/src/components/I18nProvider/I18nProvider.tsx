import { type ReactNode, useMemo } from 'react';
import type { Locale, MessageOverrides } from '../../core/i18n';
import { useControllableState } from '../../hooks/useControllableState';
import { I18nContext } from '../../hooks/useI18n';

/** Props of {@link I18nProvider}. */
export interface I18nProviderProps {
  /** The locale when controlled by the app (e.g. from the URL or a cookie). */
  locale?: Locale;
  /** The starting locale when uncontrolled. Defaults to `ja`. */
  defaultLocale?: Locale;
  /** Called when a LanguageSwitcher (or `setLocale`) asks for another locale. */
  onLocaleChange?: (locale: Locale) => void;
  /** A city's own wording: any key of any machi-dx package, per locale. */
  messages?: MessageOverrides;
  children?: ReactNode;
}

/** Gives every machi-dx component below it a locale and the city's message overrides. */
export function I18nProvider({
  locale,
  defaultLocale = 'ja',
  onLocaleChange,
  messages,
  children,
}: I18nProviderProps) {
  const [current, setLocale] = useControllableState<Locale>({
    value: locale,
    defaultValue: defaultLocale,
    onChange: onLocaleChange,
  });
  const value = useMemo(
    () => ({ locale: current, setLocale, overrides: messages }),
    [current, setLocale, messages],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
