import type { Catalogs, Messages } from '@machi-dx/ui/core';
import { validationMessages } from '../core/validation/messages';
import en from './en.json';
import formsEn from './forms.en.json';
import formsJa from './forms.ja.json';
import formsJaEasy from './forms.ja-easy.json';
import hqEn from './hq.en.json';
import hqJa from './hq.ja.json';
import hqJaEasy from './hq.ja-easy.json';
import ja from './ja.json';
import jaEasy from './ja-easy.json';
import machineEn from './machine.en.json';
import machineJa from './machine.ja.json';
import machineJaEasy from './machine.ja-easy.json';
import outboxEn from './outbox.en.json';
import outboxJa from './outbox.ja.json';
import outboxJaEasy from './outbox.ja-easy.json';
import statusEn from './status.en.json';
import statusJa from './status.ja.json';
import statusJaEasy from './status.ja-easy.json';

// The messages come in parts, so each component carries only the words it can show: a shelter's
// phone loading the status form does not download the HQ board's words, nor the other forms'.
//   ja.json & co.      report kinds, validation (ja-easy; ja/en come from ./core), code lists, form chrome
//   status.*.json      the status report's fields      forms.*.json   the other four forms'
//   outbox.*.json      outbox statuses, OutboxStatus   hq.*.json      the HQ components'
//   machine.*.json     validation messages no form can cause (やさしい日本語 only)

/** Merges catalog parts (later parts win; the parts share no keys, which a test checks). */
/* @__NO_SIDE_EFFECTS__ */
export function mergeCatalogs(...parts: readonly Catalogs[]): Catalogs {
  return {
    ja: Object.assign({}, ...parts.map((part) => part.ja)),
    en: Object.assign({}, ...parts.map((part) => part.en)),
    'ja-easy': Object.assign({}, ...parts.map((part) => part['ja-easy'])),
  };
}

/**
 * The validation messages in Japanese and English are the wire messages of `./core` (what the
 * server's 422 says): the catalogs take them from there instead of carrying a second copy. Only
 * やさしい日本語 has its own wording in `ja-easy.json`.
 */
/* @__NO_SIDE_EFFECTS__ */
function withWireMessages(catalogs: Catalogs): Catalogs {
  const wire = (language: 'ja' | 'en'): Messages =>
    Object.fromEntries(
      Object.entries(validationMessages).map(([key, message]) => [
        `shelter.validation.${key}`,
        message[language],
      ]),
    );
  return {
    ...catalogs,
    ja: { ...wire('ja'), ...catalogs.ja },
    en: { ...wire('en'), ...catalogs.en },
  };
}

/** Report kinds, validation messages, shared code lists and the forms' chrome. */
export const commonCatalogs: Catalogs = /* @__PURE__ */ withWireMessages({
  ja,
  en,
  'ja-easy': jaEasy,
});
/** The status form's part. */
export const statusCatalogPart: Catalogs = { ja: statusJa, en: statusEn, 'ja-easy': statusJaEasy };
/** The opening, supply-request, damage and closing forms' part. */
export const formsCatalogPart: Catalogs = { ja: formsJa, en: formsEn, 'ja-easy': formsJaEasy };
/** OutboxStatus and StorageStatus's part. */
export const outboxCatalogPart: Catalogs = { ja: outboxJa, en: outboxEn, 'ja-easy': outboxJaEasy };
/**
 * Validation messages only a program's mistake produces (a wrong type, an unknown key, a bad id),
 * never a form: in やさしい日本語 only, since Japanese and English come from `./core`.
 */
export const machineCatalogPart: Catalogs = {
  ja: machineJa,
  en: machineEn,
  'ja-easy': machineJaEasy,
};
/** The HQ components' part. */
export const hqCatalogPart: Catalogs = { ja: hqJa, en: hqEn, 'ja-easy': hqJaEasy };

/** What the status form shows. */
export const statusFormCatalogs: Catalogs = /* @__PURE__ */ mergeCatalogs(
  commonCatalogs,
  statusCatalogPart,
);
/** What the other four forms show. */
export const otherFormCatalogs: Catalogs = /* @__PURE__ */ mergeCatalogs(
  commonCatalogs,
  formsCatalogPart,
);
/** What the outbox and storage status show. */
export const outboxCatalogs: Catalogs = /* @__PURE__ */ mergeCatalogs(
  commonCatalogs,
  outboxCatalogPart,
);

/**
 * This package's messages in every locale (all parts); a city overrides any key through the ui
 * I18nProvider, whichever component shows it.
 */
export const shelterFormsCatalogs: Catalogs = /* @__PURE__ */ mergeCatalogs(
  commonCatalogs,
  statusCatalogPart,
  formsCatalogPart,
  outboxCatalogPart,
  hqCatalogPart,
  machineCatalogPart,
);
