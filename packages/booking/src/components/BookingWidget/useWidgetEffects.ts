// The widget's side effects around the flow store: callbacks to the host page, the controlled
// step, and moving focus to each new step's heading.
import { type RefObject, useEffect, useRef } from 'react';
import type { BookingApiError } from '../../core/api/error';
import type { BookingFlow } from '../../core/flow/store';
import type { BookingFlowState, BookingStep } from '../../core/flow/types';
import type { CreatedBooking } from '../../core/types';

/** Which load or action failed, for {@link BookingWidgetCallbacks.onError}. */
export type BookingErrorSource = 'services' | 'locations' | 'availability' | 'submit';

/** The host page's callbacks. */
export interface BookingWidgetCallbacks {
  onStepChange?: ((step: BookingStep) => void) | undefined;
  onBooked?: ((result: CreatedBooking) => void) | undefined;
  onError?: ((error: BookingApiError, source: BookingErrorSource) => void) | undefined;
}

function failure<T>(loadable: { status: string; error?: T }): T | undefined {
  return loadable.status === 'error' || loadable.status === 'failed' ? loadable.error : undefined;
}

/**
 * Calls the host page back when the step changes, a booking is made, or something fails. A move
 * the parent asked for through a controlled `step` is not reported back to it.
 */
export function useFlowCallbacks(
  state: BookingFlowState,
  callbacks: BookingWidgetCallbacks,
  requestedStep: BookingStep | undefined,
): void {
  const previous = useRef(state);
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const requested = useRef(requestedStep);
  requested.current = requestedStep;
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (before === state) return;
    const { onStepChange, onBooked, onError } = latest.current;
    if (before.step !== state.step && state.step !== requested.current) onStepChange?.(state.step);
    if (state.result && state.result !== before.result) onBooked?.(state.result);
    const sources = [
      ['services', state.services, before.services],
      ['locations', state.locations, before.locations],
      ['availability', state.availability, before.availability],
      ['submit', state.submission, before.submission],
    ] as const;
    for (const [source, now, then] of sources) {
      const error = failure<BookingApiError>(now);
      if (error && error !== failure<BookingApiError>(then)) onError?.(error, source);
    }
  }, [state]);
}

/**
 * A controlled `step`: when the parent changes it, the flow goes there if the resident may (all
 * earlier answers complete); otherwise the parent is told the real step. From the confirmation,
 * asking for the first step starts a new booking.
 */
export function useControlledStep(
  flow: BookingFlow,
  current: BookingStep,
  step: BookingStep | undefined,
  onStepChange: ((step: BookingStep) => void) | undefined,
): void {
  const wanted = useRef(step);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the prop is a request
  useEffect(() => {
    if (step === undefined || step === wanted.current) return;
    wanted.current = step;
    if (step === current) return;
    if (current === 'confirmation' && step === 'service') {
      flow.reset();
      return;
    }
    if (!flow.goTo(step)) onStepChange?.(current);
  }, [step]);
}

/**
 * Moves focus to the heading of each new step (not on the first render, which would steal the
 * page's focus), unless the step opened with errors: then the error summary has taken focus.
 */
export function useStepFocus(
  state: BookingFlowState,
  headingRef: RefObject<HTMLHeadingElement | null>,
): void {
  const shown = useRef(state.step);
  useEffect(() => {
    if (shown.current === state.step) return;
    shown.current = state.step;
    if (state.errors.length === 0) headingRef.current?.focus();
  }, [state.step, state.errors.length, headingRef]);
}
