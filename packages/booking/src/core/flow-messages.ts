// Internal: the message functions over the booking flow's catalogs only (see ./messages-of). The
// wire's messages are Japanese and English, so ja-easy stays out of the flow store's bundle.
import en from '../intl/en.json';
import ja from '../intl/ja.json';
import { messagesOf } from './messages-of';

const flow = /* @__PURE__ */ messagesOf({ ja, en });

/** A resident-side field error with its bilingual message (flow catalogs). */
export const flowFieldError: typeof flow.fieldError = (path, code, params) =>
  flow.fieldError(path, code, params);

/** The catalog key of a resident-side field error (flow catalogs). */
export const flowFieldErrorKey: typeof flow.fieldErrorKey = (error) => flow.fieldErrorKey(error);

/** The catalog key of an API error code (every code's message is in the flow catalogs). */
export const flowErrorCodeKey: typeof flow.errorCodeKey = (code) => flow.errorCodeKey(code);
