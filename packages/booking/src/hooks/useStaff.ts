// The staff side's data: the signed-in specialist's schedule and weekly availability.
import { useCallback, useState } from 'react';
import type { BookingApiError } from '../core/api/error';
import type { BookingApi } from '../core/api/types';
import { asApiError } from '../core/flow/steps';
import type { StaffAvailability, StaffBooking, StaffBookingStatus } from '../core/types';
import { type LoadableResult, useLoadable } from './useLoadable';

/** A copy of a set or map without `key`. */
function without<T extends ReadonlySet<string> | ReadonlyMap<string, unknown>>(
  items: T,
  key: string,
): T {
  const copy = (items instanceof Map ? new Map(items) : new Set(items as ReadonlySet<string>)) as
    | Map<string, unknown>
    | Set<string>;
  copy.delete(key);
  return copy as unknown as T;
}

/** What {@link useStaffSchedule} returns. */
export interface StaffScheduleState extends LoadableResult<StaffBooking[]> {
  /** References whose status is being saved. */
  pending: ReadonlySet<string>;
  /** The last failure to record a status, by reference. */
  failures: ReadonlyMap<string, BookingApiError>;
  /** Marks a session done or no-show; resolves with the failure, or `undefined` when it worked. */
  setStatus: (
    reference: string,
    status: StaffBookingStatus,
  ) => Promise<BookingApiError | undefined>;
}

/** The signed-in specialist's bookings from `from` to `to` (`YYYY-MM-DD`, both included). */
export function useStaffSchedule(api: BookingApi, from: string, to: string): StaffScheduleState {
  const schedule = useLoadable(
    (signal) => api.staff.schedule({ from, to }, { signal }),
    [api, from, to],
  );
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [failures, setFailures] = useState<ReadonlyMap<string, BookingApiError>>(new Map());

  const { setData } = schedule;

  const setStatus = useCallback(
    async (reference: string, status: StaffBookingStatus) => {
      setPending((current) => new Set(current).add(reference));
      setFailures((current) => without(current, reference));
      try {
        const updated = await api.staff.setStatus(reference, { status });
        setData((bookings) =>
          bookings.map((booking) => (booking.reference === reference ? updated : booking)),
        );
        return undefined;
      } catch (raw) {
        const error = asApiError(raw);
        setFailures((current) => new Map(current).set(reference, error));
        return error;
      } finally {
        setPending((current) => without(current, reference));
      }
    },
    [api, setData],
  );

  return { ...schedule, pending, failures, setStatus };
}

/** The outcome of saving availability. */
export type SaveResult =
  | { readonly ok: true; readonly availability: StaffAvailability }
  | { readonly ok: false; readonly error: BookingApiError };

/** What {@link useStaffAvailability} returns. */
export interface StaffAvailabilityState extends LoadableResult<StaffAvailability> {
  /** Whether a save is in flight. */
  saving: boolean;
  /** Replaces the weekly hours and exceptions. */
  save: (availability: StaffAvailability) => Promise<SaveResult>;
}

/** The signed-in specialist's weekly hours and date exceptions. */
export function useStaffAvailability(api: BookingApi): StaffAvailabilityState {
  const loadable = useLoadable((signal) => api.staff.availability({ signal }), [api]);
  const [saving, setSaving] = useState(false);
  const { setData } = loadable;
  const save = useCallback(
    async (availability: StaffAvailability): Promise<SaveResult> => {
      setSaving(true);
      try {
        const saved = await api.staff.saveAvailability(availability);
        setData(saved);
        return { ok: true, availability: saved };
      } catch (raw) {
        return { ok: false, error: asApiError(raw) };
      } finally {
        setSaving(false);
      }
    },
    [api, setData],
  );
  return { ...loadable, saving, save };
}
