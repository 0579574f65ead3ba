import { Button } from '@machi-dx/ui';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import type { BookingStep, SubmissionState } from '../../core/flow/types';
import { accommodationKey } from '../../core/messages';
import type { Accommodation, CreateBookingBody, Location, Service, Slot } from '../../core/types';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import { ApiErrorNotice } from '../parts/ApiErrorNotice';
import { useBookingFactRows } from '../parts/BookingFacts';
import { Heading, type HeadingLevel } from '../parts/Heading';
import { SummaryList, type SummaryRow } from '../parts/SummaryList';
import './check-answers.css';

/** A step whose answer can be changed from check answers. */
export type ChangeableStep = Exclude<BookingStep, 'check' | 'confirmation'>;

/** Props of {@link CheckAnswers}: the answers, the change and submit actions, and a div's native props. */
export interface CheckAnswersProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'onSubmit' | 'slot'> {
  /** The request about to be sent, normalised as the server will store it (`bookingBodyOf(state)`). */
  answers: CreateBookingBody;
  /** The chosen service, to name it. */
  service: Service | undefined;
  /** The chosen place, to name it. */
  location: Location | undefined;
  /** The chosen time (its end is not part of the request). */
  slot: Slot;
  /** Called by a 変更 (change) action with the step that asks that question. */
  onChangeAnswer?: ((step: ChangeableStep) => void) | undefined;
  /** Sends the booking. */
  onSubmit: () => void;
  /** Where the submission stands: a spinner while sending, an error with "try again" after a failure. */
  submission?: SubmissionState | undefined;
  /** Level of the two section headings; 3 by default. */
  headingLevel?: HeadingLevel | undefined;
  /** Extra actions beside the submit button (a "back" button in the flow). */
  actions?: ReactNode;
}

function useAccommodationText() {
  const t = useFlowTranslator();
  return (accommodation: Accommodation) => {
    const name = t(accommodationKey(accommodation.type));
    if (accommodation.type === 'interpreter') {
      return t('booking.check.withDetail', { name, detail: accommodation.language });
    }
    if (accommodation.type === 'other') {
      return t('booking.check.withDetail', { name, detail: accommodation.text });
    }
    return name;
  };
}

/**
 * GOV.UK's check answers page: every answer in a summary list with a 変更 (change) action that
 * goes back to its question — and, in the flow, straight back here afterwards — then one button
 * that sends the booking. A failed send keeps everything and offers to try again.
 */
export const CheckAnswers = /* @__PURE__ */ forwardRef<HTMLDivElement, CheckAnswersProps>(
  function CheckAnswers(
    {
      answers,
      service,
      location,
      slot,
      onChangeAnswer,
      onSubmit,
      submission = { status: 'idle' },
      headingLevel = 3,
      actions,
      className,
      ...props
    },
    ref,
  ) {
    const t = useFlowTranslator();
    const accommodationText = useAccommodationText();
    const change = (step: ChangeableStep) =>
      onChangeAnswer && { label: t('booking.action.change'), onClick: () => onChangeAnswer(step) };
    const stepOf: Record<string, ChangeableStep> = {
      service: 'service',
      location: 'place',
      datetime: 'datetime',
    };
    const bookingRows = useBookingFactRows({
      service,
      location,
      slot,
    }).map((row) => ({ ...row, action: change(stepOf[row.id] ?? 'details') }));
    const { resident } = answers;
    const none = t('booking.check.none');
    const detailRows: SummaryRow[] = [
      { id: 'name', label: t('booking.details.name'), value: resident.name },
      { id: 'nameKana', label: t('booking.details.nameKana'), value: resident.nameKana },
      { id: 'phone', label: t('booking.details.phone'), value: resident.phone },
      { id: 'email', label: t('booking.details.email'), value: resident.email ?? none },
      { id: 'summary', label: t('booking.details.summary'), value: answers.summary ?? none },
      {
        id: 'accommodations',
        label: t('booking.details.accommodations'),
        value: answers.accommodations?.length
          ? answers.accommodations.map(accommodationText).join('\n')
          : none,
      },
    ].map((row) => ({ ...row, action: change('details') }));

    return (
      <div
        ref={ref}
        className={className ? `machi-check-answers ${className}` : 'machi-check-answers'}
        {...props}
      >
        <Heading level={headingLevel}>{t('booking.check.booking')}</Heading>
        <SummaryList rows={bookingRows} />
        <Heading level={headingLevel}>{t('booking.check.details')}</Heading>
        <SummaryList rows={detailRows} />
        <Heading level={headingLevel}>{t('booking.check.sendTitle')}</Heading>
        <p>{t('booking.check.sendText')}</p>
        {submission.status === 'failed' && (
          <ApiErrorNotice error={submission.error} headingLevel={headingLevel} />
        )}
        <div className="machi-booking-actions">
          <Button size="lg" loading={submission.status === 'submitting'} onClick={onSubmit}>
            {submission.status === 'failed'
              ? t('booking.action.submitAgain')
              : t('booking.action.submit')}
          </Button>
          {actions}
        </div>
      </div>
    );
  },
);
