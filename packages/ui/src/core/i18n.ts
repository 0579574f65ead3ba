/** The locales every machi-dx package ships: Japanese (default), English, and やさしい日本語. */
export type Locale = 'ja' | 'en' | 'ja-easy';

/** All supported locales, in the order a language switcher lists them. */
export const locales: readonly Locale[] = ['ja', 'en', 'ja-easy'];

/** A flat message catalog: key → message. Plural forms use `key.one`, `key.other`, … (CLDR categories). */
export type Messages = Readonly<Record<string, string>>;

/** One package's catalogs, one per locale; `ja` is complete and is the fallback. */
export type Catalogs = { readonly ja: Messages } & Partial<Record<Locale, Messages>>;

/** Per-locale overrides a city passes to the provider; any key of any package may be replaced. */
export type MessageOverrides = Partial<Record<Locale, Messages>>;

/** Values interpolated into `{name}` placeholders; `count` also selects the plural form. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Translates a key for one locale. */
export type Translate = (key: string, values?: MessageValues) => string;

/** The BCP 47 tag for a locale: `ja-easy` is Japanese text, so it is `ja` to browsers and screen readers. */
export function languageTag(locale: Locale): 'ja' | 'en' {
  return locale === 'en' ? 'en' : 'ja';
}

/** Whether a value is one of the supported locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

const pluralRulesCache = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  const tag = languageTag(locale);
  let rules = pluralRulesCache.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    pluralRulesCache.set(tag, rules);
  }
  return rules.select(count);
}

function isDevelopment(): boolean {
  return typeof process !== 'undefined' && process.env?.NODE_ENV !== 'production';
}

const warned = new Set<string>();

function lookup(
  key: string,
  locale: Locale,
  catalogs: Catalogs,
  overrides: MessageOverrides | undefined,
): string | undefined {
  return overrides?.[locale]?.[key] ?? catalogs[locale]?.[key];
}

/**
 * Creates a translator over one package's catalogs. Order: the city's override for the locale,
 * the package's catalog for the locale, then Japanese (with a development warning), then the key itself.
 */
export function createTranslator(options: {
  locale: Locale;
  catalogs: Catalogs;
  overrides?: MessageOverrides | undefined;
  onMissing?: ((key: string, locale: Locale) => void) | undefined;
}): Translate {
  const { locale, catalogs, overrides } = options;
  const onMissing =
    options.onMissing ??
    ((key: string, missingIn: Locale) => {
      if (!isDevelopment() || warned.has(`${missingIn}:${key}`)) return;
      warned.add(`${missingIn}:${key}`);
      console.warn(
        `[machi-dx] missing message "${key}" for locale "${missingIn}"; using Japanese.`,
      );
    });

  const resolve = (key: string): string | undefined => {
    const found = lookup(key, locale, catalogs, overrides);
    if (found !== undefined || locale === 'ja') return found;
    const fallback = lookup(key, 'ja', catalogs, overrides);
    if (fallback !== undefined) onMissing(key, locale);
    return fallback;
  };

  return (key, values) => {
    let template: string | undefined;
    const count = values?.count;
    if (typeof count === 'number') {
      template =
        lookup(`${key}.${pluralCategory(locale, count)}`, locale, catalogs, overrides) ??
        resolve(`${key}.other`);
    }
    template ??= resolve(key);
    if (template === undefined) {
      if (locale === 'ja') onMissing(key, locale);
      return key;
    }
    return interpolate(template, values);
  };
}

/** Replaces `{name}` with values; unknown placeholders stay visible so a mistake is seen, not hidden. */
export function interpolate(template: string, values?: MessageValues): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
