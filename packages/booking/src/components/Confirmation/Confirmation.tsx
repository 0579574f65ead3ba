import { Button } from '@machi-dx/ui';
import { forwardRef, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import type { BookingApi } from '../../core/api/types';
import type { CreatedBooking, Location, Service } from '../../core/types';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import { JoinInstructions, useBookingFactRows } from '../parts/BookingFacts';
import { CalendarFileButton } from '../parts/CalendarFileButton';
import { Heading, type HeadingLevel, subLevel } from '../parts/Heading';
import { SummaryList } from '../parts/SummaryList';
import { ReferenceCopy } from './ReferenceCopy';
import './confirmation.css';

/** Props of {@link Confirmation}: the created booking, how to reach it again, and a div's native props. */
export interface ConfirmationProps extends HTMLAttributes<HTMLDivElement> {
  /** What `POST /booking/bookings` answered: the booking and its manage token. */
  result: CreatedBooking;
  /** The booked service (its documents are listed under "what to bring"). */
  service?: Service | undefined;
  /** The booked place (a branch's address, or how to join from home). */
  location?: Location | undefined;
  /** Enables "add to calendar": the .ics is fetched with the token in a header. */
  api?: BookingApi | undefined;
  /**
   * The manage page's address for this booking, e.g.
   * `(reference, token) => \`/consultation/manage/${reference}#token=${token}\`` — keep the token in
   * the fragment so it never reaches a server log.
   */
  manageUrl?: ((reference: string, token: string) => string) | undefined;
  /**
   * The video room's address for this booking, e.g.
   * `(reference, token) => \`/consultation/room/${reference}#token=${token}\`` — shown under the
   * day's instructions as an ordinary link (a full page load). Token in the fragment, as above.
   */
  roomUrl?: ((reference: string, token: string) => string) | undefined;
  /** How to reach the office (phone, opening hours), shown under お問い合わせ. */
  contact?: ReactNode;
  /** Offers "make another booking" when given. */
  onNewBooking?: (() => void) | undefined;
  /** Level of the title; sections use the level below. 2 by default. */
  headingLevel?: HeadingLevel | undefined;
  /** Ref of the title, e.g. to move focus to it when the page appears. */
  titleRef?: Ref<HTMLHeadingElement> | undefined;
}

/**
 * GOV.UK's confirmation page: the reference big and copyable, what happens next, how to join,
 * what to bring, an .ics file, and a print button (the print stylesheet drops the buttons).
 */
export const Confirmation = /* @__PURE__ */ forwardRef<HTMLDivElement, ConfirmationProps>(
  function Confirmation(
    {
      result,
      service,
      location,
      api,
      manageUrl,
      roomUrl,
      contact,
      onNewBooking,
      headingLevel = 2,
      titleRef,
      className,
      ...props
    },
    ref,
  ) {
    const t = useFlowTranslator();
    const format = useBookingFormat();
    const { booking, manageToken } = result;
    const section = subLevel(headingLevel);
    const rows = useBookingFactRows({ service, location, slot: booking });
    return (
      <div
        ref={ref}
        className={className ? `machi-confirmation ${className}` : 'machi-confirmation'}
        {...props}
      >
        <div className="machi-confirmation__panel">
          <Heading
            level={headingLevel}
            ref={titleRef}
            tabIndex={-1}
            className="machi-confirmation__title"
          >
            {t('booking.confirmation.title')}
          </Heading>
          <ReferenceCopy reference={booking.reference} />
        </div>
        <SummaryList rows={rows} />
        <Heading level={section}>{t('booking.confirmation.nextTitle')}</Heading>
        <ol className="machi-booking-list">
          <li>{t('booking.confirmation.nextKeep')}</li>
          <li>{t('booking.confirmation.nextCheck')}</li>
          <li>
            {t('booking.confirmation.nextCutoff', {
              datetime: format.dateTime(booking.cancellableUntil),
            })}
          </li>
        </ol>
        <JoinInstructions
          service={service}
          location={location}
          slot={booking}
          headingLevel={section}
        />
        {roomUrl && (
          <p>
            {/* An ordinary link on purpose: the room page loads as its own document (its own headers). */}
            <a
              className="machi-confirmation__room machi-focus-ring"
              href={roomUrl(booking.reference, manageToken)}
            >
              {t('booking.confirmation.roomLink')}
            </a>{' '}
            {t('booking.confirmation.roomOpens')}
          </p>
        )}
        {manageUrl && (
          <>
            <Heading level={section}>{t('booking.confirmation.manageTitle')}</Heading>
            <p>
              <a
                className="machi-confirmation__manage machi-focus-ring"
                href={manageUrl(booking.reference, manageToken)}
              >
                {t('booking.confirmation.manageLink')}
              </a>
            </p>
            <p>{t('booking.confirmation.manageKeepSecret')}</p>
          </>
        )}
        {contact && (
          <>
            <Heading level={section}>{t('booking.contact.title')}</Heading>
            <div className="machi-confirmation__contact">{contact}</div>
          </>
        )}
        <div className="machi-booking-actions" data-print="hide">
          {api && (
            <CalendarFileButton api={api} reference={booking.reference} token={manageToken} />
          )}
          <Button variant="secondary" onClick={() => window.print()}>
            {t('booking.action.print')}
          </Button>
          {onNewBooking && (
            <Button variant="tertiary" onClick={onNewBooking}>
              {t('booking.action.newBooking')}
            </Button>
          )}
        </div>
      </div>
    );
  },
);
