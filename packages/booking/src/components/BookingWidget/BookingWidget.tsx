import { StepIndicator, VisuallyHidden } from '@machi-dx/ui';
import { todayInTokyo } from '@machi-dx/ui/core';
import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { BookingApi } from '../../core/api/types';
import type { BookingFlowOptions } from '../../core/flow/store';
import { type BookingStep, bookingSteps } from '../../core/flow/types';
import { useBookingFlow } from '../../hooks/useBookingFlow';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import type { HeadingLevel } from '../parts/Heading';
import { BookingStepView } from './BookingSteps';
import {
  type BookingWidgetCallbacks,
  useControlledStep,
  useFlowCallbacks,
  useStepFocus,
} from './useWidgetEffects';
import './booking-widget.css';
import '../parts/parts.css';

/** Props of {@link BookingWidget}: the back end, the host page's callbacks and a section's native props. */
export interface BookingWidgetProps
  extends Omit<HTMLAttributes<HTMLElement>, 'onError'>,
    BookingWidgetCallbacks {
  /** The back end: `createFetchBookingApi()` for the HTTP API, `createMemoryBookingApi()` for prototypes. */
  api: BookingApi;
  /** Prefilled choices and details (a link from a service page). Read once. */
  initial?: BookingFlowOptions['initial'];
  /** The clock (first month shown, today in the calendar); default the real one. Read once. */
  now?: (() => Date) | undefined;
  /** The step when the parent owns it (e.g. in the URL); report moves with `onStepChange`. */
  step?: BookingStep | undefined;
  /** The manage page's address of a booking; keep the token in the fragment (`#token=`). */
  manageUrl?: ((reference: string, token: string) => string) | undefined;
  /** The video room's address of a booking, linked on the confirmation; token in the fragment. */
  roomUrl?: ((reference: string, token: string) => string) | undefined;
  /** How to reach the office, shown on the confirmation. */
  contact?: ReactNode;
  /** The city's privacy notice, shown with the consent question. */
  privacyNotice?: ReactNode;
  /** Level of each step's heading; 2 by default (the host page has the `h1`). */
  headingLevel?: HeadingLevel | undefined;
}

const formSteps = bookingSteps.filter((step) => step !== 'confirmation');

/**
 * The whole resident journey — service → place → date and time → details → check answers →
 * confirmation — over a {@link BookingApi}. Each step is a page with a heading that takes focus
 * and is announced, a step indicator, GOV.UK validation and an error summary; a slot taken
 * meanwhile (409) brings the resident back to the calendar with nearby alternatives.
 */
export const BookingWidget = /* @__PURE__ */ forwardRef<HTMLElement, BookingWidgetProps>(
  function BookingWidget(
    {
      api,
      initial,
      now,
      step,
      onStepChange,
      onBooked,
      onError,
      manageUrl,
      roomUrl,
      contact,
      privacyNotice,
      headingLevel = 2,
      className,
      ...props
    },
    ref,
  ) {
    const t = useFlowTranslator();
    const { flow, state } = useBookingFlow({
      api,
      ...(initial ? { initial } : {}),
      ...(now ? { now } : {}),
    });
    const prefix = `machi-booking-${useId().replace(/:/g, '')}`;
    const headingRef = useRef<HTMLHeadingElement>(null);
    const [attempts, setAttempts] = useState(0);
    // biome-ignore lint/correctness/useExhaustiveDependencies: the clock is read once, like the flow's
    const today = useMemo(() => todayInTokyo(now?.() ?? new Date()), []);
    useFlowCallbacks(state, { onStepChange, onBooked, onError }, step);
    useControlledStep(flow, state.step, step, onStepChange);
    useStepFocus(state, headingRef);

    const index = formSteps.indexOf(state.step as (typeof formSteps)[number]);
    const announcement =
      index >= 0
        ? t('booking.widget.stepAnnouncement', {
            current: index + 1,
            total: formSteps.length,
            label: t(`booking.step.${state.step}`),
          })
        : t('booking.confirmation.title');

    return (
      <section
        ref={ref}
        className={className ? `machi-booking-widget ${className}` : 'machi-booking-widget'}
        data-step={state.step}
        aria-label={t('booking.widget.label')}
        {...props}
      >
        {index >= 0 && (
          <StepIndicator
            data-print="hide"
            steps={formSteps.map((candidate, position) => ({
              label: t(`booking.step.${candidate}`),
              status: position < index ? 'complete' : position === index ? 'current' : 'upcoming',
            }))}
          />
        )}
        <VisuallyHidden role="status">{announcement}</VisuallyHidden>
        <BookingStepView
          flow={flow}
          state={state}
          prefix={prefix}
          headingLevel={headingLevel}
          headingRef={headingRef}
          attempts={attempts}
          onContinue={() => {
            setAttempts((count) => count + 1);
            flow.next();
          }}
          today={today}
          api={api}
          manageUrl={manageUrl}
          roomUrl={roomUrl}
          contact={contact}
          privacyNotice={privacyNotice}
        />
      </section>
    );
  },
);
