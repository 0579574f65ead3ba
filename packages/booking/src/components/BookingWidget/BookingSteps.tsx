import type { PlainDate } from '@machi-dx/ui/core';
import type { ReactNode, Ref } from 'react';
import type { BookingApi } from '../../core/api/types';
import { bookingBodyOf } from '../../core/flow/steps';
import type { BookingFlow } from '../../core/flow/store';
import type { BookingFlowState } from '../../core/flow/types';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import { CheckAnswers } from '../CheckAnswers/CheckAnswers';
import { Confirmation } from '../Confirmation/Confirmation';
import { LocationPicker } from '../LocationPicker/LocationPicker';
import { fieldId, useFieldErrors } from '../parts/fieldErrors';
import { type HeadingLevel, subLevel } from '../parts/Heading';
import { LoadableGate } from '../parts/LoadableGate';
import { ResidentDetailsForm } from '../ResidentDetailsForm/ResidentDetailsForm';
import { ServicePicker } from '../ServicePicker/ServicePicker';
import { SlotPicker } from '../SlotPicker/SlotPicker';
import { BackButton, StepFrame, StepHeading } from './StepFrame';

/** What every step view gets from the widget. */
export interface StepViewProps {
  flow: BookingFlow;
  state: BookingFlowState;
  /** Prefix of field ids, unique per widget. */
  prefix: string;
  headingLevel: HeadingLevel;
  headingRef: Ref<HTMLHeadingElement>;
  /** Counts "continue" presses, so the error summary takes focus again on each failed one. */
  attempts: number;
  /** Validates the step and moves on (counting the attempt). */
  onContinue: () => void;
  today: PlainDate;
  api: BookingApi;
  manageUrl?: ((reference: string, token: string) => string) | undefined;
  roomUrl?: ((reference: string, token: string) => string) | undefined;
  contact?: ReactNode;
  privacyNotice?: ReactNode;
}

/** The chosen service and place, looked up in the loaded lists. */
function choices(state: BookingFlowState) {
  const services = state.services.status === 'success' ? state.services.data : [];
  const locations = state.locations.status === 'success' ? state.locations.data : [];
  return {
    service: services.find((service) => service.id === state.serviceId),
    location: locations.find((location) => location.id === state.locationId),
  };
}

/** Internal: the current step of the flow, each one a page with its own heading. */
export function BookingStepView(props: StepViewProps) {
  const { flow, state, prefix, headingLevel, headingRef, attempts, onContinue } = props;
  const t = useFlowTranslator();
  const format = useBookingFormat();
  const { items, errorFor } = useFieldErrors(prefix, state.errors);
  const { service, location } = choices(state);
  const back = () => flow.back();
  const frame = {
    headingLevel,
    headingRef,
    errors: items,
    focusKey: attempts,
    onContinue,
    continueLabel: state.returnToCheck ? t('booking.action.backToCheck') : undefined,
  };

  switch (state.step) {
    case 'service':
      return (
        <StepFrame {...frame} title={t('booking.widget.serviceTitle')}>
          <LoadableGate
            loadable={state.services}
            loadingLabel={t('booking.loading.services')}
            onRetry={() => void flow.load()}
          >
            {(services) => (
              <ServicePicker
                id={fieldId(prefix, 'serviceId')}
                services={services}
                value={state.serviceId ?? ''}
                onChange={flow.selectService}
                error={errorFor('serviceId')}
              />
            )}
          </LoadableGate>
        </StepFrame>
      );
    case 'place':
      return (
        <StepFrame {...frame} title={t('booking.widget.placeTitle')} onBack={back}>
          <LoadableGate
            loadable={state.locations}
            loadingLabel={t('booking.loading.locations')}
            onRetry={() => void flow.load()}
          >
            {(locations) => (
              <LocationPicker
                id={fieldId(prefix, 'locationId')}
                locations={locations}
                service={service}
                value={state.locationId ?? ''}
                onChange={flow.selectLocation}
                error={errorFor('locationId')}
              />
            )}
          </LoadableGate>
        </StepFrame>
      );
    case 'datetime':
      return (
        <StepFrame {...frame} title={t('booking.widget.datetimeTitle')} onBack={back}>
          {service && location && (
            <p className="machi-booking-widget__context">
              {t('booking.widget.datetimeContext', {
                service: format.text(service.name),
                location: format.text(location.name),
                minutes: service.durationMinutes,
              })}
            </p>
          )}
          <SlotPicker
            id={fieldId(prefix, 'start')}
            month={state.month}
            onMonthChange={(month) => void flow.showMonth(month)}
            availability={state.availability}
            onRetry={() => void flow.reloadMonth()}
            value={state.slot ?? null}
            onChange={flow.selectSlot}
            notice={state.notice}
            error={errorFor('start')}
            today={props.today}
            minMonth={props.today}
            headingLevel={subLevel(headingLevel)}
          />
        </StepFrame>
      );
    case 'details':
      return (
        <div className="machi-booking-widget__step">
          <StepHeading level={headingLevel} headingRef={headingRef}>
            {t('booking.widget.detailsTitle')}
          </StepHeading>
          <ResidentDetailsForm
            idPrefix={prefix}
            value={state.details}
            onChange={(draft) => flow.updateDetails(draft)}
            errors={state.errors}
            onSubmit={onContinue}
            privacyNotice={props.privacyNotice}
            submitLabel={
              state.returnToCheck ? t('booking.action.backToCheck') : t('booking.action.toCheck')
            }
            actions={<BackButton onBack={back} />}
          />
        </div>
      );
    case 'check': {
      const answers = bookingBodyOf(state);
      return (
        <div className="machi-booking-widget__step">
          <StepHeading level={headingLevel} headingRef={headingRef}>
            {t('booking.widget.checkTitle')}
          </StepHeading>
          {answers && state.slot && (
            <CheckAnswers
              answers={answers}
              service={service}
              location={location}
              slot={state.slot}
              onChangeAnswer={flow.change}
              onSubmit={() => void flow.submit()}
              submission={state.submission}
              headingLevel={subLevel(headingLevel)}
              actions={<BackButton onBack={back} />}
            />
          )}
        </div>
      );
    }
    default:
      return state.result ? (
        <Confirmation
          result={state.result}
          service={service}
          location={location}
          api={props.api}
          manageUrl={props.manageUrl}
          roomUrl={props.roomUrl}
          contact={props.contact}
          onNewBooking={flow.reset}
          headingLevel={headingLevel}
          titleRef={headingRef}
        />
      ) : null;
  }
}
