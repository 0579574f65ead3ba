import { Button } from '@machi-dx/ui';
import { useState } from 'react';
import type { BookingApiError } from '../../core/api/error';
import type { BookingApi } from '../../core/api/types';
import { asApiError } from '../../core/flow/steps';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import { ApiErrorNotice } from './ApiErrorNotice';

/** Props of {@link CalendarFileButton}. */
export interface CalendarFileButtonProps {
  api: BookingApi;
  reference: string;
  token: string;
}

/** Saves a Blob as a file through a temporary link (the only way a page can start a download). */
function saveFile(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Internal: downloads the booking's .ics. The file is fetched with the token in a header and saved
 * from a Blob, so the token never appears in a URL (server logs, browser history).
 */
export function CalendarFileButton({ api, reference, token }: CalendarFileButtonProps) {
  const t = useFlowTranslator();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<BookingApiError>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      saveFile(await api.getCalendar(reference, token), `${reference}.ics`);
    } catch (raw) {
      setError(asApiError(raw));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="machi-booking-calendar-file" data-print="hide">
      <Button variant="secondary" loading={busy} onClick={download}>
        {t('booking.action.addToCalendar')}
      </Button>
      {error && <ApiErrorNotice error={error} onRetry={download} />}
    </div>
  );
}
