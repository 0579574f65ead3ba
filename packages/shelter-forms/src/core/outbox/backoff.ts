/** Retry timing: 1 s doubling up to 5 minutes, with jitter (ODK/Enketo practice). */
export interface BackoffOptions {
  /** First delay. Default 1,000 ms. */
  initialMs: number;
  /** Longest delay. Default 300,000 ms (5 min). */
  maxMs: number;
  /** Share of the delay taken off at random, 0–1. Default 0.2. */
  jitter: number;
}

/** The defaults of {@link BackoffOptions}. */
export const defaultBackoff: BackoffOptions = { initialMs: 1_000, maxMs: 300_000, jitter: 0.2 };

/**
 * How long to wait after `failures` consecutive failures (1 = the first). Jitter only shortens the
 * delay, so the cap holds, and spreads out shelters that lost the network together so they do not
 * all retry in the same second when it returns. `random` is a number in [0, 1).
 */
export function backoffDelay(
  failures: number,
  random: number,
  options: Partial<BackoffOptions> = {},
): number {
  const { initialMs, maxMs, jitter } = { ...defaultBackoff, ...options };
  // Cap the exponent: 2 ** 1100 is Infinity and Infinity × 0 would be NaN.
  const exponential = Math.min(maxMs, initialMs * 2 ** Math.min(Math.max(failures, 1) - 1, 50));
  return Math.round(exponential * (1 - jitter * random));
}
