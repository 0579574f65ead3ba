import { useCallback, useEffect, useState } from 'react';

/** Where a location request is: not asked, asking, found, refused by the person, or not possible. */
export type GeolocationStatus = 'idle' | 'locating' | 'located' | 'denied' | 'unavailable';

/** A position fix, rounded to about 10 cm (more digits would only pretend to precision). */
export interface GeolocationFix {
  latitude: number;
  longitude: number;
  /** Radius of uncertainty in metres. */
  accuracy: number;
}

/** The part of `navigator.geolocation` used; replace it in tests and stories. */
export type GeolocationLike = Pick<Geolocation, 'getCurrentPosition'>;

/** What {@link useGeolocation} gives. */
export interface GeolocationState {
  /** Whether the device offers a location at all (false on the server and in old browsers). */
  supported: boolean;
  status: GeolocationStatus;
  /** Asks once; resolves with the fix, or undefined when refused, unavailable or timed out. */
  locate(): Promise<GeolocationFix | undefined>;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * "Use my location", degrading gracefully: refusal and failure are states to explain (type the
 * address instead), never errors that block the form. `source` replaces `navigator.geolocation`;
 * `null` means none.
 */
export function useGeolocation(source?: GeolocationLike | null): GeolocationState {
  const [available, setAvailable] = useState<GeolocationLike | undefined>(source ?? undefined);
  const [status, setStatus] = useState<GeolocationStatus>('idle');
  // Read the browser's only after mounting, so server and first client render agree.
  useEffect(() => {
    if (source !== undefined) setAvailable(source ?? undefined);
    else if (typeof navigator !== 'undefined' && navigator.geolocation)
      setAvailable(navigator.geolocation);
  }, [source]);

  const locate = useCallback(async () => {
    if (!available) return undefined;
    setStatus('locating');
    return new Promise<GeolocationFix | undefined>((resolve) => {
      available.getCurrentPosition(
        ({ coords }) => {
          setStatus('located');
          resolve({
            latitude: round(coords.latitude),
            longitude: round(coords.longitude),
            accuracy: coords.accuracy,
          });
        },
        (error) => {
          setStatus(error.code === 1 ? 'denied' : 'unavailable');
          resolve(undefined);
        },
        // A fix up to a minute old is fine for a damage site; a slow GPS must not hang the form.
        { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
      );
    });
  }, [available]);

  return { supported: available !== undefined, status, locate };
}
