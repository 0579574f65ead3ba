import { Button, VisuallyHidden } from '@machi-dx/ui';
import { parseIsoInstant } from '@machi-dx/ui/core';
import type { BookingApiError } from '../../core/api/error';
import { accommodationKey } from '../../core/messages';
import type { Location, Service, StaffBooking, StaffBookingStatus } from '../../core/types';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useBookingTranslator } from '../../hooks/useBookingTranslator';
import { StatusBadge } from '../parts/BookingFacts';
import { Heading, type HeadingLevel } from '../parts/Heading';
import { StaffErrorNotice } from '../parts/StaffErrorNotice';
import { SummaryList, type SummaryRow } from '../parts/SummaryList';

/** Props of the internal booking card. */
export interface StaffBookingCardProps {
  booking: StaffBooking;
  service: Service | undefined;
  location: Location | undefined;
  now: Date;
  pending: boolean;
  failure: BookingApiError | undefined;
  onStatus: (status: StaffBookingStatus) => void;
  headingLevel: HeadingLevel;
  /** The session's video room; shown while the booking is confirmed. */
  roomHref: string | undefined;
}

/**
 * Internal: one session as its specialist sees it. Accommodations come first and stand out (an
 * interpreter must be booked before the session); the sensitive summary stays folded until opened.
 */
export function StaffBookingCard(props: StaffBookingCardProps) {
  const { booking, service, location, now, pending, failure, onStatus, headingLevel, roomHref } =
    props;
  const t = useBookingTranslator();
  const format = useBookingFormat();
  const titleId = `machi-staff-${booking.reference}`;
  const started = (parseIsoInstant(booking.start)?.getTime() ?? 0) <= now.getTime();
  const booth = location?.booths?.find((candidate) => candidate.id === booking.boothId);
  const rows: SummaryRow[] = [
    { id: 'service', label: t('booking.summary.service'), value: format.text(service?.name) },
    {
      id: 'location',
      label: t('booking.summary.location'),
      value: [format.text(location?.name), booth && format.text(booth.name)]
        .filter(Boolean)
        .join(' '),
    },
    { id: 'nameKana', label: t('booking.details.nameKana'), value: booking.resident.nameKana },
    { id: 'phone', label: t('booking.details.phone'), value: booking.resident.phone },
    { id: 'reference', label: t('booking.summary.reference'), value: booking.reference },
  ];
  return (
    <article className="machi-staff-card" data-status={booking.status} aria-labelledby={titleId}>
      <Heading level={headingLevel} id={titleId} className="machi-staff-card__title">
        <span className="machi-staff-card__time">{format.slotTime(booking)}</span>{' '}
        {booking.resident.name}
      </Heading>
      <StatusBadge status={booking.status} />
      {booking.accommodations.length > 0 && (
        <div className="machi-staff-card__accommodations">
          <strong>{t('booking.details.accommodations')}</strong>
          <ul>
            {booking.accommodations.map((accommodation) => (
              <li key={accommodation.type}>
                {t(accommodationKey(accommodation.type))}
                {accommodation.type === 'interpreter' && `：${accommodation.language}`}
                {accommodation.type === 'other' && `：${accommodation.text}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <SummaryList rows={rows} />
      {booking.summary && (
        <details className="machi-staff-card__summary">
          <summary className="machi-focus-ring">{t('booking.staff.summary')}</summary>
          <p>{booking.summary}</p>
        </details>
      )}
      {booking.status === 'confirmed' && roomHref && (
        <p className="machi-staff-card__room">
          {/* An ordinary link on purpose: the room page loads as its own document (its own headers). */}
          <a className="machi-staff-card__room-link machi-focus-ring" href={roomHref}>
            {t('booking.staff.room')}
            <VisuallyHidden>
              {t('booking.staff.roomContext', {
                time: format.slotTime(booking),
                name: booking.resident.name,
              })}
            </VisuallyHidden>
          </a>
        </p>
      )}
      {booking.status === 'confirmed' &&
        (started ? (
          <div className="machi-booking-actions">
            <Button variant="secondary" loading={pending} onClick={() => onStatus('done')}>
              {t('booking.staff.markDone')}
            </Button>
            <Button variant="secondary" loading={pending} onClick={() => onStatus('no_show')}>
              {t('booking.staff.markNoShow')}
            </Button>
          </div>
        ) : (
          <p className="machi-staff-card__later">{t('booking.staff.notStarted')}</p>
        ))}
      {failure && <StaffErrorNotice error={failure} headingLevel={headingLevel} />}
    </article>
  );
}
