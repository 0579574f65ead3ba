// The BookingFlow store: the resident's whole booking journey as a framework-free object with
// subscribe/getSnapshot (as TanStack Query's core is), so React reads it with useSyncExternalStore
// and any other UI can drive it the same way.
import { parseIsoInstant, todayInTokyo, tokyoDate } from '@machi-dx/ui/core';
import type { BookingApi } from '../api/types';
import { createIdempotencyKey } from '../reference';
import type { AccommodationType, AvailabilityDay, CreateBookingBody, Slot } from '../types';
import { type DetailsDraft, emptyDetails, toFlowFieldErrors } from './details';
import {
  asApiError,
  bookingBodyOf,
  firstIncompleteStep,
  formSteps,
  isRetryable,
  monthQuery,
  stepErrors as stepErrorsOf,
  stepOfField,
} from './steps';
import {
  type BookingFlowState,
  type BookingStep,
  bookingSteps,
  type Loadable,
  type YearMonth,
} from './types';

/** Options of {@link createBookingFlow}. */
export interface BookingFlowOptions {
  /** The back end (fetch, memory, or a city's own adapter). */
  readonly api: BookingApi;
  /** The clock, for the first month shown; default the real one. */
  readonly now?: () => Date;
  /** Prefilled choices and details (a link from a service page, a returning resident). */
  readonly initial?: {
    readonly serviceId?: string;
    readonly locationId?: string;
    readonly details?: Partial<DetailsDraft>;
  };
  /** Idempotency-Key factory; default a random UUID. */
  readonly createIdempotencyKey?: () => string;
}

/** A partial update of the details form; accommodations may be ticked one at a time. */
export type DetailsPatch = Partial<Omit<DetailsDraft, 'accommodations'>> & {
  readonly accommodations?: Partial<Record<AccommodationType, boolean>>;
};

/** The booking flow store. Every method is safe to call at any time; invalid moves are ignored. */
export interface BookingFlow {
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current immutable snapshot (same object until something changes). */
  getSnapshot(): BookingFlowState;
  /** Loads services and locations (again after an error). */
  load(): Promise<void>;
  selectService(serviceId: string): void;
  selectLocation(locationId: string): void;
  /** Shows (and loads, once per selection and month) another month on the date-and-time step. */
  showMonth(month: YearMonth): Promise<void>;
  /** Loads the shown month again (after an error, or to refresh). */
  reloadMonth(): Promise<void>;
  selectSlot(slot: Slot): void;
  /** Updates the details form; errors stay until the next "continue" (validate on submit). */
  updateDetails(patch: DetailsPatch): void;
  /** Validates the current step: shows its errors, or moves on (back to "check" after a change). Returns whether it moved. */
  next(): boolean;
  /** One step back (to "check" when changing an answer). */
  back(): void;
  /** Jumps to an earlier step, or a later one whose previous steps are complete. */
  goTo(step: BookingStep): boolean;
  /** From check answers: change one answer, then come back to check answers. */
  change(step: Exclude<BookingStep, 'check' | 'confirmation'>): void;
  /** Submits from check answers; a retry after a network failure reuses the Idempotency-Key. */
  submit(): Promise<void>;
  /** Starts a new booking (keeps loaded services and locations). */
  reset(): void;
  /** Aborts requests in flight and drops every listener. */
  dispose(): void;
}

const idle = { status: 'idle' } as const;
const loading = { status: 'loading' } as const;

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

function monthOf(date: { year: number; month: number }): YearMonth {
  return { year: date.year, month: date.month };
}

/** Creates a booking flow over a {@link BookingApi}. */
export function createBookingFlow(options: BookingFlowOptions): BookingFlow {
  const { api } = options;
  const now = options.now ?? (() => new Date());
  const newKey = options.createIdempotencyKey ?? createIdempotencyKey;
  const listeners = new Set<() => void>();
  const controllers = new Set<AbortController>();
  const cache = new Map<string, Loadable<AvailabilityDay[]>>();
  let disposed = false;
  let attempt: { key: string; body: string; reusable: boolean } | undefined;
  let inFlight: Promise<void> | undefined;

  const availabilityKey = (s: Pick<BookingFlowState, 'serviceId' | 'locationId' | 'month'>) =>
    s.serviceId && s.locationId
      ? `${s.serviceId}|${s.locationId}|${s.month.year}-${s.month.month}`
      : undefined;

  function initialState(): BookingFlowState {
    return {
      step: 'service',
      services: idle,
      locations: idle,
      serviceId: options.initial?.serviceId,
      locationId: options.initial?.locationId,
      slot: undefined,
      month: monthOf(todayInTokyo(now())),
      availability: idle,
      details: { ...emptyDetails(), ...options.initial?.details },
      errors: [],
      submission: idle,
      notice: undefined,
      returnToCheck: false,
      result: undefined,
    };
  }

  let state = initialState();

  function commit(patch: Partial<BookingFlowState>): void {
    if (disposed) return;
    const next = { ...state, ...patch };
    const key = availabilityKey(next);
    state = { ...next, availability: (key && cache.get(key)) || idle };
    for (const listener of [...listeners]) listener();
  }

  async function request<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    controllers.add(controller);
    try {
      return await run(controller.signal);
    } finally {
      controllers.delete(controller);
    }
  }

  const stepErrors = (step: BookingStep) => stepErrorsOf(state, step);
  const firstIncomplete = () => firstIncompleteStep(state);

  function enter(step: BookingStep, patch: Partial<BookingFlowState> = {}): void {
    const month =
      step === 'datetime' && state.slot
        ? monthOf(tokyoDate(parseIsoInstant(state.slot.start)!))
        : undefined;
    commit({ ...patch, step, ...(month && !patch.month ? { month } : {}) });
    if (step === 'datetime') void loadMonth();
  }

  async function loadMonth(force = false): Promise<void> {
    const key = availabilityKey(state);
    if (!key || !state.serviceId || !state.locationId) return;
    const current = cache.get(key);
    if (!force && (current?.status === 'success' || current?.status === 'loading')) return;
    const query = monthQuery(state.serviceId, state.locationId, state.month);
    cache.set(key, loading);
    commit({});
    try {
      const availability = await request((signal) => api.getAvailability(query, { signal }));
      cache.set(key, { status: 'success', data: availability.days });
    } catch (error) {
      if (disposed || isAbort(error)) return;
      cache.set(key, { status: 'error', error: asApiError(error) });
    }
    commit({});
  }

  function forgetAvailability(): void {
    const prefix = `${state.serviceId}|${state.locationId}|`;
    for (const key of [...cache.keys()]) if (key.startsWith(prefix)) cache.delete(key);
  }

  async function send(body: CreateBookingBody): Promise<void> {
    const print = JSON.stringify(body);
    // Same body after a failure that proved nothing: same key, so the server answers once.
    if (!attempt || attempt.body !== print || !attempt.reusable) {
      attempt = { key: newKey(), body: print, reusable: true };
    }
    commit({ submission: { status: 'submitting' } });
    try {
      const idempotencyKey = attempt.key;
      const result = await request((signal) => api.createBooking(body, { idempotencyKey, signal }));
      attempt = undefined;
      commit({
        step: 'confirmation',
        result,
        submission: idle,
        errors: [],
        notice: undefined,
        returnToCheck: false,
      });
    } catch (raw) {
      if (disposed || isAbort(raw)) return;
      const error = asApiError(raw);
      if (attempt) attempt.reusable = isRetryable(error);
      if (error.code === 'slot_unavailable') {
        const taken = state.slot!;
        forgetAvailability();
        enter('datetime', {
          slot: undefined,
          month: monthOf(tokyoDate(parseIsoInstant(taken.start)!)),
          notice: {
            kind: 'slot_unavailable',
            messageKey: 'booking.error.slot_unavailable',
            taken,
            alternatives: error.alternatives,
          },
          submission: idle,
          errors: [],
          returnToCheck: true,
        });
        return;
      }
      const errors = error.status === 422 ? toFlowFieldErrors(error.fieldErrors) : [];
      if (errors.length > 0) {
        const step = formSteps.find((candidate) =>
          errors.some((e) => stepOfField(e.field) === candidate),
        )!;
        if (step === 'datetime') forgetAvailability();
        enter(step, {
          errors: errors.filter((e) => stepOfField(e.field) === step),
          submission: idle,
          returnToCheck: true,
        });
        return;
      }
      commit({ submission: { status: 'failed', error } });
    }
  }

  const flow: BookingFlow = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,

    async load() {
      const wanted = {
        services: state.services.status !== 'success' && state.services.status !== 'loading',
        locations: state.locations.status !== 'success' && state.locations.status !== 'loading',
      };
      if (!wanted.services && !wanted.locations) return;
      commit({
        ...(wanted.services ? { services: loading } : {}),
        ...(wanted.locations ? { locations: loading } : {}),
      });
      const settle = async <T>(run: (signal: AbortSignal) => Promise<T>): Promise<Loadable<T>> => {
        try {
          return { status: 'success', data: await request(run) };
        } catch (error) {
          return { status: 'error', error: asApiError(error) };
        }
      };
      const [servicesResult, locationsResult] = await Promise.all([
        wanted.services ? settle((signal) => api.listServices({ signal })) : undefined,
        wanted.locations ? settle((signal) => api.listLocations({ signal })) : undefined,
      ]);
      commit({
        ...(servicesResult ? { services: servicesResult } : {}),
        ...(locationsResult ? { locations: locationsResult } : {}),
      });
    },

    selectService(serviceId) {
      if (serviceId === state.serviceId) return;
      const find = <T extends { id: string }>(list: Loadable<T[]>, id: string | undefined) =>
        list.status === 'success' ? list.data.find((entry) => entry.id === id) : undefined;
      const service = find(state.services, serviceId);
      const location = find(state.locations, state.locationId);
      const keepLocation = !location || !service || service.modes.includes(location.kind);
      commit({
        serviceId,
        ...(keepLocation ? {} : { locationId: undefined }),
        slot: undefined,
        notice: undefined,
        errors: [],
      });
    },

    selectLocation(locationId) {
      if (locationId === state.locationId) return;
      commit({ locationId, slot: undefined, notice: undefined, errors: [] });
    },

    async showMonth(month) {
      commit({ month: monthOf(month) });
      if (state.step === 'datetime') await loadMonth();
    },

    reloadMonth: () => loadMonth(true),

    selectSlot(slot) {
      commit({ slot: { start: slot.start, end: slot.end }, notice: undefined, errors: [] });
    },

    updateDetails(patch) {
      const { accommodations, ...rest } = patch;
      commit({
        details: {
          ...state.details,
          ...rest,
          accommodations: { ...state.details.accommodations, ...accommodations },
        },
      });
    },

    next() {
      const { step } = state;
      if (step === 'check' || step === 'confirmation') return false;
      const errors = stepErrors(step);
      if (errors.length > 0) {
        commit({ errors });
        return false;
      }
      const target = state.returnToCheck
        ? firstIncomplete()
        : bookingSteps[bookingSteps.indexOf(step) + 1]!;
      enter(target, {
        errors: [],
        returnToCheck: target === 'check' ? false : state.returnToCheck,
      });
      return true;
    },

    back() {
      const index = bookingSteps.indexOf(state.step);
      if (index === 0 || state.step === 'confirmation') return;
      if (state.returnToCheck && firstIncomplete() === 'check') {
        enter('check', { errors: [], returnToCheck: false });
        return;
      }
      enter(bookingSteps[index - 1]!, { errors: [] });
    },

    goTo(step) {
      if (step === 'confirmation' || state.step === 'confirmation') return false;
      const index = bookingSteps.indexOf(step);
      const reachable = formSteps
        .slice(0, index)
        .every((before) => stepErrors(before).length === 0);
      if (!reachable) return false;
      enter(step, { errors: [] });
      return true;
    },

    change(step) {
      if (state.step !== 'check') return;
      enter(step, { errors: [], returnToCheck: true });
    },

    submit() {
      if (inFlight) return inFlight;
      if (state.step !== 'check') return Promise.resolve();
      const body = bookingBodyOf(state);
      if (!body) {
        const step = firstIncomplete();
        enter(step, { errors: stepErrors(step), returnToCheck: true });
        return Promise.resolve();
      }
      inFlight = send(body).finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },

    reset() {
      const { services: loadedServices, locations: loadedLocations } = state;
      attempt = undefined;
      cache.clear();
      state = { ...initialState(), services: loadedServices, locations: loadedLocations };
      commit({});
    },

    dispose() {
      for (const controller of controllers) controller.abort();
      controllers.clear();
      listeners.clear();
      disposed = true;
    },
  };

  return flow;
}
