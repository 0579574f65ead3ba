// Two catalogs per locale: the resident's booking flow, and the strings only the manage page, the
// staff components and the calendar file use. The booking widget bundles the first alone.
import type { Catalogs, Messages } from '@machi-dx/ui/core';
import en from './en.json';
import ja from './ja.json';
import jaEasy from './ja-easy.json';
import moreEn from './manage-staff/en.json';
import moreJa from './manage-staff/ja.json';
import moreJaEasy from './manage-staff/ja-easy.json';

/** The booking flow's messages (BookingWidget and the parts it is made of). */
export const flowCatalogs: Catalogs = { ja, en, 'ja-easy': jaEasy };

/** Messages per locale, the later catalogs' on top. */
export function mergeCatalogs(...catalogs: Catalogs[]): Catalogs {
  const merged = (locale: keyof Catalogs): Messages =>
    Object.assign({}, ...catalogs.map((catalog) => catalog[locale]));
  return { ja: merged('ja'), en: merged('en'), 'ja-easy': merged('ja-easy') };
}

/** This package's messages in every locale; a city overrides any key through the ui I18nProvider. */
export const bookingCatalogs: Catalogs = /* @__PURE__ */ mergeCatalogs(flowCatalogs, {
  ja: moreJa,
  en: moreEn,
  'ja-easy': moreJaEasy,
});
