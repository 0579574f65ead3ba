import { Button, Notice } from '@machi-dx/ui';
import { parseIsoInstant, todayInTokyo } from '@machi-dx/ui/core';
import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  type RefObject,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { BookingApiError } from '../../core/api/error';
import type { BookingApi } from '../../core/api/types';
import type { Booking } from '../../core/types';
import { type BookingCatalog, useBookingCatalog } from '../../hooks/useBookingData';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useBookingTranslator } from '../../hooks/useBookingTranslator';
import { type ManageBookingState, useManageBooking } from '../../hooks/useManageBooking';
import { JoinInstructions, useBookingFactRows } from '../parts/BookingFacts';
import { CalendarFileButton } from '../parts/CalendarFileButton';
import { Heading, type HeadingLevel, noticeLevel, subLevel } from '../parts/Heading';
import { LoadableGate } from '../parts/LoadableGate';
import { SummaryList } from '../parts/SummaryList';
import { CancelDialog } from './CancelDialog';
import { RescheduleForm } from './RescheduleForm';
import './manage-booking.css';
import '../parts/parts.css';

/** Props of {@link ManageBooking}: the booking to open, callbacks, and a div's native props. */
export interface ManageBookingProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onError'> {
  /** The back end. */
  api: BookingApi;
  /** The booking's reference (from the manage link's path). */
  reference: string;
  /** The manage token (from the link's `#token=` fragment, never its query). */
  token: string;
  /** The clock, for the cut-off and the calendar; default the real one. Read once. */
  now?: (() => Date) | undefined;
  /** Called after the resident cancelled. */
  onCancelled?: ((booking: Booking) => void) | undefined;
  /** Called after the resident moved the booking. */
  onRescheduled?: ((booking: Booking) => void) | undefined;
  /** Called when loading or an action fails. */
  onError?: ((error: BookingApiError) => void) | undefined;
  /** How to reach the office (after the cut-off the resident must call). */
  contact?: ReactNode;
  /** Level of the title; sections use the level below. 2 by default. */
  headingLevel?: HeadingLevel | undefined;
}

type Mode = 'view' | 'reschedule';

/** A wrong link (401, 403, 404) stays wrong; anything else (offline, 5xx, 429) is worth a retry. */
function canRetry(booking: ManageBookingState['booking']): boolean {
  return booking.status === 'error' && ![401, 403, 404].includes(booking.error.status);
}

/**
 * A resident's booking through its manage link: view it, move it with the slot picker, or cancel
 * it after a confirmation. Until when that is possible is said up front; after the cut-off, and
 * for a cancelled booking, the page explains instead of offering buttons that would fail.
 */
export const ManageBooking = /* @__PURE__ */ forwardRef<HTMLDivElement, ManageBookingProps>(
  function ManageBooking(
    {
      api,
      reference,
      token,
      now,
      onCancelled,
      onRescheduled,
      onError,
      contact,
      headingLevel = 2,
      className,
      ...props
    },
    ref,
  ) {
    const t = useBookingTranslator();
    const manage = useManageBooking({ api, reference, token });
    const catalog = useBookingCatalog(api);
    const titleRef = useRef<HTMLHeadingElement>(null);
    const { action, booking } = manage;
    const errorRef = useRef(onError);
    errorRef.current = onError;
    useEffect(() => {
      if (booking.status === 'error') errorRef.current?.(booking.error);
    }, [booking]);
    useEffect(() => {
      if (action.status === 'failed') errorRef.current?.(action.error);
    }, [action]);

    return (
      <div
        ref={ref}
        className={className ? `machi-manage ${className}` : 'machi-manage'}
        {...props}
      >
        <Heading level={headingLevel} ref={titleRef} tabIndex={-1} className="machi-manage__title">
          {t('booking.manage.title')}
        </Heading>
        <LoadableGate
          loadable={booking}
          loadingLabel={t('booking.manage.loading')}
          onRetry={canRetry(booking) ? manage.reload : undefined}
          headingLevel={subLevel(headingLevel)}
        >
          {(loaded) => (
            <LoadableGate
              loadable={catalog.state}
              loadingLabel={t('booking.manage.loading')}
              onRetry={catalog.reload}
              headingLevel={subLevel(headingLevel)}
            >
              {(names) => (
                <ManageView
                  {...{
                    api,
                    token,
                    now,
                    contact,
                    headingLevel,
                    titleRef,
                    manage,
                    onCancelled,
                    onRescheduled,
                  }}
                  booking={loaded}
                  catalog={names}
                />
              )}
            </LoadableGate>
          )}
        </LoadableGate>
      </div>
    );
  },
);

/** Internal: what the loaded view of a booking needs. */
interface ManageViewProps
  extends Pick<
    ManageBookingProps,
    'api' | 'token' | 'now' | 'contact' | 'onCancelled' | 'onRescheduled'
  > {
  booking: Booking;
  catalog: BookingCatalog;
  headingLevel: HeadingLevel;
  titleRef: RefObject<HTMLHeadingElement | null>;
  manage: ReturnType<typeof useManageBooking>;
}

function ManageView({
  api,
  token,
  now,
  contact,
  booking,
  catalog,
  headingLevel,
  titleRef,
  manage,
  onCancelled,
  onRescheduled,
}: ManageViewProps) {
  const t = useBookingTranslator();
  const format = useBookingFormat();
  const [mode, setMode] = useState<Mode>('view');
  const [dialogOpen, setDialogOpen] = useState(false);
  const rescheduleRef = useRef<HTMLHeadingElement>(null);
  const changeButtonRef = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the clock is read once
  const clock = useMemo(() => (now ?? (() => new Date()))(), []);
  const today = todayInTokyo(clock);
  const service = catalog.services.find((entry) => entry.id === booking.serviceId);
  const location = catalog.locations.find((entry) => entry.id === booking.locationId);
  const rows = useBookingFactRows({
    reference: booking.reference,
    status: booking.status,
    service,
    location,
    slot: booking,
  });
  const section = subLevel(headingLevel);
  const { action } = manage;
  const confirmed = booking.status === 'confirmed';
  const cutoffPassed =
    (parseIsoInstant(booking.cancellableUntil)?.getTime() ?? 0) <= clock.getTime();
  const changeable = confirmed && !cutoffPassed;
  const cutoff = format.dateTime(booking.cancellableUntil);

  // Entering the form focuses its heading; leaving it without a change returns to its button.
  const wasRescheduling = useRef(false);
  useEffect(() => {
    if (mode === 'reschedule') rescheduleRef.current?.focus();
    else if (wasRescheduling.current && action.status !== 'done') changeButtonRef.current?.focus();
    wasRescheduling.current = mode === 'reschedule';
  }, [mode, action.status]);
  // After a change, the page itself changed: start reading again from the title and the notice.
  useEffect(() => {
    if (action.status === 'done') titleRef.current?.focus();
  }, [action.status, titleRef]);

  const cancel = async () => {
    const cancelled = await manage.cancel();
    if (cancelled) {
      setDialogOpen(false);
      onCancelled?.(cancelled);
    }
  };
  const reschedule = async (slot: Parameters<typeof manage.reschedule>[0]) => {
    const moved = await manage.reschedule(slot);
    if (moved) {
      setMode('view');
      onRescheduled?.(moved);
    }
  };

  return (
    <>
      {action.status === 'done' && (
        <Notice
          tone="success"
          announce
          headingLevel={noticeLevel(section)}
          title={t(`booking.manage.done.${action.change}`)}
        >
          {action.change === 'rescheduled'
            ? t('booking.manage.rescheduledTo', { slot: format.slot(booking) })
            : t('booking.manage.cancelledText')}
        </Notice>
      )}
      {booking.status === 'cancelled' && action.status !== 'done' && (
        <Notice
          tone="info"
          headingLevel={noticeLevel(section)}
          title={t('booking.manage.cancelledTitle')}
        >
          {t('booking.manage.cancelledText')}
        </Notice>
      )}
      {confirmed && cutoffPassed && (
        <Notice
          tone="warning"
          headingLevel={noticeLevel(section)}
          title={t('booking.manage.cutoffPassedTitle')}
        >
          <p>{t('booking.manage.cutoffPassed', { datetime: cutoff })}</p>
          {contact}
        </Notice>
      )}
      <SummaryList rows={rows} />
      {mode === 'reschedule' ? (
        <RescheduleForm
          api={api}
          booking={booking}
          action={action}
          today={today}
          headingLevel={section}
          headingRef={rescheduleRef}
          onSubmit={reschedule}
          onClose={() => {
            setMode('view');
            manage.resetAction();
          }}
        />
      ) : (
        changeable && (
          <>
            <p className="machi-manage__cutoff">
              {t('booking.manage.cutoff', { datetime: cutoff })}
            </p>
            <div className="machi-booking-actions">
              <Button
                ref={changeButtonRef}
                variant="secondary"
                onClick={() => {
                  manage.resetAction();
                  setMode('reschedule');
                }}
              >
                {t('booking.manage.reschedule')}
              </Button>
              <Button
                variant="danger"
                onClick={() => {
                  manage.resetAction();
                  setDialogOpen(true);
                }}
              >
                {t('booking.manage.cancel')}
              </Button>
            </div>
          </>
        )
      )}
      {confirmed && (
        <>
          <JoinInstructions
            service={service}
            location={location}
            slot={booking}
            headingLevel={section}
          />
          <CalendarFileButton api={api} reference={booking.reference} token={token} />
        </>
      )}
      {contact && !cutoffPassed && (
        <>
          <Heading level={section}>{t('booking.contact.title')}</Heading>
          <div className="machi-manage__contact">{contact}</div>
        </>
      )}
      <CancelDialog
        open={dialogOpen}
        onOpenChange={setDialogOpen}
        description={t('booking.manage.cancelDescription', {
          slot: format.slot(booking),
          service: format.text(service?.name),
        })}
        action={action}
        onConfirm={cancel}
      />
    </>
  );
}
