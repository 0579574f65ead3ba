// Test support shared by every package (never published): runs assertions under several host time
// zones. Node re-reads process.env.TZ when it is assigned at runtime, so one test process visits each.

/** Host zones the rules must survive, with `getTimezoneOffset()` of 2020-01-01 in each. */
export const hostTimeZones = [
  { zone: 'UTC', offsetJanuary2020: 0 },
  { zone: 'Asia/Tokyo', offsetJanuary2020: -540 },
  { zone: 'America/Los_Angeles', offsetJanuary2020: 480 },
] as const;

/** A host zone name. */
export type HostTimeZone = (typeof hostTimeZones)[number]['zone'];

/** Host zone names, for `describe.each` / `it.each`. */
export const hostTimeZoneNames: HostTimeZone[] = hostTimeZones.map(({ zone }) => zone);

/** Runs `run` with TZ set to `zone`, proves the switch took effect, then restores the previous TZ. */
export function inHostTimeZone<T>(zone: HostTimeZone, run: () => T): T {
  const expected = hostTimeZones.find((entry) => entry.zone === zone)!.offsetJanuary2020;
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    const offset = new Date(2020, 0, 1).getTimezoneOffset();
    if (offset !== expected) {
      throw new Error(`TZ=${zone} did not take effect: offset ${offset}, expected ${expected}`);
    }
    return run();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}
