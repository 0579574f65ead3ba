import type { Locale, MessageValues, Translate } from '@machi-dx/ui';
import { type FieldError, validationMessages } from '../core/validation/messages';

const templates = /* @__PURE__ */ new Map<string, RegExp>();

/** A wire template (`{max}以下の値を…`) as a pattern that captures its parameters. */
function pattern(template: string): RegExp {
  let found = templates.get(template);
  if (!found) {
    const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    found = new RegExp(`^${escaped.replace(/\{(\w+)\}/g, '(?<$1>.+?)')}$`);
    templates.set(template, found);
  }
  return found;
}

/**
 * A field error in the reader's locale. Errors carry `{ ja, en }` but only the code without its
 * variant (`too_big`, not `too_big.number`), so the variant and parameters are recovered by matching
 * the Japanese text against the wire templates; the catalog then gives やさしい日本語 and any city
 * wording. Works as well for a server's 422 as for the form's own check.
 */
export function fieldErrorText(error: FieldError, t: Translate, locale: Locale): string {
  for (const [key, message] of Object.entries(validationMessages)) {
    if (key !== error.code && !key.startsWith(`${error.code}.`)) continue;
    const match = pattern(message.ja).exec(error.message.ja);
    if (match) return t(`shelter.validation.${key}`, match.groups as MessageValues | undefined);
  }
  return locale === 'en' ? error.message.en : error.message.ja;
}
