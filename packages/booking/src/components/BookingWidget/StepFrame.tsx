import { Button, ErrorSummary, type ErrorSummaryItem, useErrorTitle } from '@machi-dx/ui';
import type { ReactNode, Ref } from 'react';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import { Heading, type HeadingLevel } from '../parts/Heading';

/** Props of the internal question page. */
export interface StepFrameProps {
  title: ReactNode;
  headingLevel: HeadingLevel;
  headingRef: Ref<HTMLHeadingElement>;
  /** Errors of the last "continue" (the summary takes focus when they change). */
  errors: readonly ErrorSummaryItem[];
  focusKey: number;
  /** Shows the continue button and makes Enter submit; omit for steps with their own form. */
  onContinue?: (() => void) | undefined;
  continueLabel?: ReactNode;
  /** Shows a back button when given. */
  onBack?: (() => void) | undefined;
  children: ReactNode;
}

/** The step's heading: the target of focus when the step appears. */
export function StepHeading({
  level,
  headingRef,
  children,
}: {
  level: HeadingLevel;
  headingRef: Ref<HTMLHeadingElement>;
  children: ReactNode;
}) {
  return (
    <Heading level={level} ref={headingRef} tabIndex={-1} className="machi-booking-widget__heading">
      {children}
    </Heading>
  );
}

/** The back button of every step after the first. */
export function BackButton({ onBack }: { onBack: () => void }) {
  const t = useFlowTranslator();
  return (
    <Button variant="tertiary" onClick={onBack}>
      {t('booking.action.back')}
    </Button>
  );
}

/**
 * Internal: one question page of the flow (GOV.UK): the heading is the question, the error summary
 * comes first after a failed continue, and the form validates only when it is submitted.
 */
export function StepFrame(props: StepFrameProps) {
  const { title, headingLevel, headingRef, errors, focusKey, onContinue, onBack, children } = props;
  const t = useFlowTranslator();
  useErrorTitle(errors.length > 0);
  return (
    <form
      noValidate
      className="machi-booking-widget__step"
      onSubmit={(event) => {
        event.preventDefault();
        onContinue?.();
      }}
    >
      <StepHeading level={headingLevel} headingRef={headingRef}>
        {title}
      </StepHeading>
      <ErrorSummary errors={errors} focusKey={focusKey} />
      {children}
      <div className="machi-booking-actions">
        {onContinue && (
          <Button type="submit" size="lg">
            {props.continueLabel ?? t('booking.action.continue')}
          </Button>
        )}
        {onBack && <BackButton onBack={onBack} />}
      </div>
    </form>
  );
}
