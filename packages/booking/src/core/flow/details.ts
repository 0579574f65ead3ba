// The resident-details form as the widget holds it (strings and booleans, exactly as typed), its
// validation with the same rules the server's schemas run, and the request body built from it.
import {
  emailRule,
  interpreterLanguageRule,
  nameKanaRule,
  nameRule,
  otherAccommodationRule,
  phoneRule,
  type RuleResult,
  summaryRule,
} from '../field-rules';
import { flowFieldError as fieldError } from '../flow-messages';
import type {
  Accommodation,
  AccommodationType,
  CreateBookingBody,
  FieldError,
  ResidentDetails,
} from '../types';

/** Accommodation types in the order the form lists them (and the body sends them). */
export const accommodationTypes: readonly AccommodationType[] = [
  'sign_language',
  'written_communication',
  'wheelchair',
  'interpreter',
  'other',
];

/** The details form as typed: values are kept verbatim so an error never wipes what was entered. */
export interface DetailsDraft {
  name: string;
  nameKana: string;
  phone: string;
  email: string;
  summary: string;
  /** Which accommodations are ticked. */
  accommodations: Record<AccommodationType, boolean>;
  interpreterLanguage: string;
  otherText: string;
  consent: boolean;
}

/** A form field of the flow, for linking an error to its input (`id`, error summary anchor). */
export type FlowField =
  | 'serviceId'
  | 'locationId'
  | 'start'
  | 'name'
  | 'nameKana'
  | 'phone'
  | 'email'
  | 'summary'
  | 'accommodations'
  | 'interpreterLanguage'
  | 'otherText'
  | 'consent';

/** A field error with the form field it belongs to. */
export interface FlowFieldError extends FieldError {
  readonly field: FlowField;
}

/** An empty details form. */
export function emptyDetails(): DetailsDraft {
  return {
    name: '',
    nameKana: '',
    phone: '',
    email: '',
    summary: '',
    accommodations: {
      sign_language: false,
      written_communication: false,
      wheelchair: false,
      interpreter: false,
      other: false,
    },
    interpreterLanguage: '',
    otherText: '',
    consent: false,
  };
}

const residentFields: Readonly<Record<string, FlowField>> = {
  serviceId: 'serviceId',
  locationId: 'locationId',
  start: 'start',
  'resident.name': 'name',
  'resident.nameKana': 'nameKana',
  'resident.phone': 'phone',
  'resident.email': 'email',
  summary: 'summary',
  consent: 'consent',
};

/** The form field of a wire path (`accommodations.1.language` → `interpreterLanguage`). */
export function flowFieldOf(path: string): FlowField | undefined {
  if (Object.hasOwn(residentFields, path)) return residentFields[path];
  if (/^accommodations\.\d+\.language$/.test(path)) return 'interpreterLanguage';
  if (/^accommodations\.\d+\.text$/.test(path)) return 'otherText';
  if (path === 'accommodations' || path.startsWith('accommodations.')) return 'accommodations';
  if (path === 'resident') return 'name';
  return undefined;
}

/** Adds the form field to wire field errors; errors on unknown paths are dropped. */
export function toFlowFieldErrors(errors: readonly FieldError[]): FlowFieldError[] {
  return errors.flatMap((error) => {
    const field = flowFieldOf(error.path);
    return field ? [{ ...error, field }] : [];
  });
}

function chosenAccommodations(draft: DetailsDraft): AccommodationType[] {
  return accommodationTypes.filter((type) => draft.accommodations[type]);
}

interface Checked {
  readonly errors: FlowFieldError[];
  readonly resident?: ResidentDetails;
  readonly summary?: string;
  readonly accommodations: Accommodation[];
}

/** Runs every rule over the draft, in form order. */
function check(draft: DetailsDraft): Checked {
  const errors: FlowFieldError[] = [];
  const take = (path: string, result: RuleResult): string | undefined => {
    if (result.ok) return result.value;
    const field = flowFieldOf(path)!;
    errors.push({ ...fieldError(path, result.code, result.params), field });
    return undefined;
  };
  const name = take('resident.name', nameRule(draft.name));
  const nameKana = take('resident.nameKana', nameKanaRule(draft.nameKana));
  const phone = take('resident.phone', phoneRule(draft.phone));
  const email = draft.email.trim() === '' ? '' : take('resident.email', emailRule(draft.email));
  const summary = take('summary', summaryRule(draft.summary));
  const accommodations: Accommodation[] = [];
  chosenAccommodations(draft).forEach((type, index) => {
    if (type === 'interpreter') {
      const language = take(
        `accommodations.${index}.language`,
        interpreterLanguageRule(draft.interpreterLanguage),
      );
      if (language !== undefined) accommodations.push({ type, language });
    } else if (type === 'other') {
      const text = take(`accommodations.${index}.text`, otherAccommodationRule(draft.otherText));
      if (text !== undefined) accommodations.push({ type, text });
    } else {
      accommodations.push({ type });
    }
  });
  if (!draft.consent) errors.push({ ...fieldError('consent', 'required'), field: 'consent' });
  const resident =
    name !== undefined && nameKana !== undefined && phone !== undefined && email !== undefined
      ? { name, nameKana, phone, ...(email ? { email } : {}) }
      : undefined;
  return {
    errors,
    accommodations,
    ...(resident ? { resident } : {}),
    ...(summary ? { summary } : {}),
  };
}

/** The details form's errors, in form order (empty when it may be submitted). */
export function validateDetails(draft: DetailsDraft): FlowFieldError[] {
  return check(draft).errors;
}

/**
 * The resident part of the request body, normalised as the server stores it (katakana,
 * formatted phone, trimmed text; empty optional fields left out), or undefined while invalid.
 */
export function detailsToBody(
  draft: DetailsDraft,
): Pick<CreateBookingBody, 'resident' | 'summary' | 'accommodations'> | undefined {
  const checked = check(draft);
  if (checked.errors.length > 0 || !checked.resident) return undefined;
  return {
    resident: checked.resident,
    ...(checked.summary ? { summary: checked.summary } : {}),
    ...(checked.accommodations.length > 0 ? { accommodations: checked.accommodations } : {}),
  };
}
