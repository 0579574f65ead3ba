import { isBookingApiError } from '@machi-dx/booking';
import { Notice, Spinner, useLocale } from '@machi-dx/ui';
import { useEffect, useState } from 'react';
import { usePortalTranslator } from '../../intl';
import { Link } from '../../router';
import { bookingApi, roomUrl, type StaffBooking } from './api';

const tokyoDate = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(date);

/** The signed-in specialist's confirmed sessions of the coming week, each linking to its video room. */
export function StaffRooms() {
  const t = usePortalTranslator();
  const { locale } = useLocale();
  const [bookings, setBookings] = useState<StaffBooking[] | 'loading' | 'error'>('loading');
  useEffect(() => {
    let live = true;
    const now = new Date();
    const to = new Date(now.getTime() + 13 * 24 * 60 * 60 * 1000);
    bookingApi.staff.schedule({ from: tokyoDate(now), to: tokyoDate(to) }).then(
      (list) => live && setBookings(list.filter((booking) => booking.status === 'confirmed')),
      (error: unknown) => {
        if (!isBookingApiError(error)) throw error;
        if (live) setBookings('error');
      },
    );
    return () => {
      live = false;
    };
  }, []);
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <section aria-labelledby="staff-rooms-title">
      <h2 id="staff-rooms-title">{t('portal.staff.rooms.title')}</h2>
      {bookings === 'loading' && <Spinner label={t('portal.staff.rooms.loading')} />}
      {bookings === 'error' && <Notice tone="error">{t('portal.staff.rooms.error')}</Notice>}
      {Array.isArray(bookings) && bookings.length === 0 && <p>{t('portal.staff.rooms.none')}</p>}
      {Array.isArray(bookings) && bookings.length > 0 && (
        <ul>
          {bookings.map((booking) => (
            <li key={booking.reference}>
              <Link href={roomUrl(booking.reference)}>
                {t('portal.staff.rooms.link', {
                  time: format.format(new Date(booking.start)),
                  reference: booking.reference,
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
