import { forwardRef, type HTMLAttributes, type MouseEvent, useId } from 'react';
import { locales as allLocales, type Locale, languageTag } from '../../core/i18n';
import { useLocale } from '../../hooks/useI18n';
import { useUiTranslator } from '../../hooks/useUiTranslator';
import './language-switcher.css';

/** Props of {@link LanguageSwitcher}: a nav element's native props. */
export interface LanguageSwitcherProps extends HTMLAttributes<HTMLElement> {
  /**
   * The URL of the page in a locale. When given, options are links that work without JavaScript;
   * with JavaScript a plain click switches in place (keep the URL in step in I18nProvider's
   * `onLocaleChange`). Without it, options are buttons.
   */
  hrefFor?: (locale: Locale) => string;
  /** The locales to offer, in order. Defaults to all: 日本語, English, やさしい日本語. */
  locales?: readonly Locale[];
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Switches the locale of the nearest I18nProvider. Each language is named in itself with a matching
 * `lang`, so a reader who does not understand the current page still finds their own language, and
 * a screen reader pronounces each name in the right voice.
 */
export const LanguageSwitcher = /* @__PURE__ */ forwardRef<HTMLElement, LanguageSwitcherProps>(
  function LanguageSwitcher({ hrefFor, locales = allLocales, className, ...props }, ref) {
    const t = useUiTranslator();
    const { locale: current, setLocale } = useLocale();
    const labelId = useId();

    return (
      <nav
        aria-labelledby={labelId}
        className={className ? `machi-language-switcher ${className}` : 'machi-language-switcher'}
        {...props}
        ref={ref}
      >
        <span id={labelId} className="machi-language-switcher__label">
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-2.9a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8ZM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3Zm.8 2h3a15.7 15.7 0 0 0 1.3 3.6A8 8 0 0 1 5.1 16ZM8 8H5.1a8 8 0 0 1 4.3-3.6C8.8 5.5 8.3 6.7 8 8Zm4 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.6c.6-1.1 1-2.3 1.4-3.6h2.9a8 8 0 0 1-4.3 3.6Zm1.7-5.6a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4h-3.4Z"
            />
          </svg>
          {t('ui.languageSwitcher.label')}
        </span>
        <ul className="machi-language-switcher__list">
          {locales.map((locale) => {
            const common = {
              lang: languageTag(locale),
              'aria-current': locale === current ? ('true' as const) : undefined,
              className: 'machi-language-switcher__option machi-focus-ring',
              children: t(`ui.languageSwitcher.locale.${locale}`),
            };
            return (
              <li key={locale}>
                {hrefFor ? (
                  <a
                    {...common}
                    href={hrefFor(locale)}
                    hrefLang={languageTag(locale)}
                    onClick={(event) => {
                      // New-tab and other modified clicks keep their usual meaning.
                      if (!isPlainClick(event)) return;
                      event.preventDefault();
                      setLocale(locale);
                    }}
                  />
                ) : (
                  <button {...common} type="button" onClick={() => setLocale(locale)} />
                )}
              </li>
            );
          })}
        </ul>
      </nav>
    );
  },
);
