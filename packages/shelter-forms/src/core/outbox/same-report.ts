/** JSON with object keys sorted, so two reports compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Whether two reports have the same content (the server's test for an identical resubmission). */
export function sameReport(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
