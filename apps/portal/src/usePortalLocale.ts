import { isLocale, type Locale, languageTag } from '@machi-dx/ui';
import { useCallback, useEffect, useState } from 'react';

const storageKey = 'machi-dx:locale';

function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode, kiosk policies): Japanese is the default anyway.
  }
  return 'ja';
}

/** The portal's locale: from `?lang=`, then the last choice on this device, then Japanese. */
export function usePortalLocale(): [Locale, (locale: Locale) => void] {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = languageTag(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    const url = new URL(window.location.href);
    if (next === 'ja') url.searchParams.delete('lang');
    else url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Not saved on this device; the URL still carries the choice.
    }
  }, []);

  return [locale, setLocale];
}

/** The link to the current page in another locale (used by the language switcher without JavaScript). */
export function hrefForLocale(locale: Locale): string {
  const url = new URL(window.location.href);
  if (locale === 'ja') url.searchParams.delete('lang');
  else url.searchParams.set('lang', locale);
  return `${url.pathname}${url.search}`;
}
