// The framework-free entry: no React, no DOM. Servers and other back ends import only this.

export type {
  BusinessCalendar,
  BusinessCalendarOptions,
  ClosedReason,
  DateRangeClosure,
  MonthDay,
  RecurringClosure,
} from './closures';
export { createBusinessCalendar, yearEndClosure } from './closures';
export type { DayOfWeek, PlainDate, TimeOfDay } from './dates';
export {
  addDays,
  addMonths,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  eachDate,
  formatPlainDate,
  formatTokyoIso,
  isSameDate,
  isValidPlainDate,
  isWeekend,
  parseIsoInstant,
  parsePlainDate,
  todayInTokyo,
  tokyoDate,
  tokyoInstant,
} from './dates';
export type { EraYearInput, JapaneseDateOptions } from './era';
export { formatEraYear, formatJapaneseDate, formatYearWithEra } from './era';
export type { BilingualLabel, NationalHoliday } from './holidays';
export { isNationalHoliday, nationalHoliday } from './holidays';
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
export type { KatakanaResult } from './kana';
export { toKatakana } from './kana';
export type { PhoneError, PhoneKind, PhoneResult } from './phone';
export { normalizePhone, validatePhone } from './phone';
export type { PostalCodeError, PostalCodeResult } from './postal';
export { validatePostalCode } from './postal';
