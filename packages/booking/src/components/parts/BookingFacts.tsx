import type { ReactNode } from 'react';
import { bookingStatusKey } from '../../core/messages';
import type { BookingStatus, Location, Service, Slot } from '../../core/types';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import { Heading, type HeadingLevel } from './Heading';
import type { SummaryRow } from './SummaryList';
import './parts.css';

/** Internal: a location's name with its address (postal code first, as Japanese addresses are written). */
export function LocationText({ location }: { location: Location | undefined }) {
  const format = useBookingFormat();
  if (!location) return null;
  const address = format.address(location);
  return (
    <>
      {format.text(location.name)}
      {address && <span className="machi-booking-address">{address}</span>}
    </>
  );
}

/** What a booking's summary rows are made of. */
export interface BookingFactsInput {
  reference?: string | undefined;
  status?: BookingStatus | undefined;
  service?: Service | undefined;
  location?: Location | undefined;
  slot?: Slot | undefined;
}

/** Internal: the summary rows naming a booking — reference, status, service, place, date and time. */
export function useBookingFactRows(input: BookingFactsInput): SummaryRow[] {
  const t = useFlowTranslator();
  const format = useBookingFormat();
  const rows: SummaryRow[] = [];
  const add = (id: string, label: string, value: ReactNode) => rows.push({ id, label, value });
  if (input.reference) {
    add(
      'reference',
      t('booking.summary.reference'),
      <span className="machi-booking-reference-inline">{input.reference}</span>,
    );
  }
  if (input.status) {
    add('status', t('booking.summary.status'), <StatusBadge status={input.status} />);
  }
  if (input.service) add('service', t('booking.summary.service'), format.text(input.service.name));
  if (input.location) {
    add('location', t('booking.summary.location'), <LocationText location={input.location} />);
  }
  if (input.slot) add('datetime', t('booking.summary.datetime'), format.slot(input.slot));
  return rows;
}

/** Internal: a booking's status in words, exposed as `data-status` for styling. */
export function StatusBadge({ status }: { status: BookingStatus }) {
  const t = useFlowTranslator();
  return (
    <span className="machi-booking-status" data-status={status}>
      {t(bookingStatusKey(status))}
    </span>
  );
}

/** Props of {@link JoinInstructions}. */
export interface JoinInstructionsProps {
  service: Service | undefined;
  location: Location | undefined;
  slot: Slot;
  headingLevel: HeadingLevel;
}

/** Internal: how to join (branch booth or video from home) and what to bring. */
export function JoinInstructions({ service, location, slot, headingLevel }: JoinInstructionsProps) {
  const t = useFlowTranslator();
  const format = useBookingFormat();
  const documents = service?.documents ?? [];
  return (
    <div className="machi-booking-join" data-mode={location?.kind}>
      <Heading level={headingLevel}>{t('booking.join.title')}</Heading>
      {location?.kind === 'branch' ? (
        <p>
          {t('booking.join.branch', {
            datetime: format.slot(slot),
            location: format.text(location.name),
          })}
        </p>
      ) : (
        <>
          <p>{t('booking.join.home', { datetime: format.slot(slot) })}</p>
          <p>{t('booking.join.homeDevice')}</p>
        </>
      )}
      <Heading level={headingLevel}>{t('booking.documents.title')}</Heading>
      {documents.length > 0 ? (
        <ul className="machi-booking-list">
          {documents.map((document) => (
            <li key={document.ja}>{format.text(document)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('booking.documents.none')}</p>
      )}
    </div>
  );
}
