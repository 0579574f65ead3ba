// The wire schemas (zod 4), importable by servers from `@machi-dx/booking/core`.
export * from './booking';
export * from './catalog';
export {
  idSchema,
  instantSchema,
  localizedMessageSchema,
  localizedTextSchema,
  plainDateSchema,
  timeOfDaySchema,
} from './common';
export { toFieldErrors } from './field-errors';
export * from './staff';
