/** SQLSTATE codes the server maps to HTTP responses. */
export const SqlState = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  exclusionViolation: '23P01',
  serializationFailure: '40001',
} as const;

/** What both drivers' errors say about a failed statement: the SQLSTATE and the constraint, when known. */
export interface SqlErrorInfo {
  /** Five-character SQLSTATE, e.g. `23P01` for an exclusion-constraint violation. */
  code?: string;
  /** Name of the violated constraint, e.g. `bookings_no_overlap`. */
  constraint?: string;
}

/** Reads the SQLSTATE and constraint from a PGlite or postgres.js error; empty for anything else. */
export function sqlErrorInfo(error: unknown): SqlErrorInfo {
  if (typeof error !== 'object' || error === null) return {};
  const { code, constraint, constraint_name: constraintName } = error as Record<string, unknown>;
  const info: SqlErrorInfo = {};
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) info.code = code;
  const name = typeof constraint === 'string' ? constraint : constraintName;
  if (typeof name === 'string') info.constraint = name;
  return info;
}
