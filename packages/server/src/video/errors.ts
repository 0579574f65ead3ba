import { formatTokyoIso } from '@machi-dx/ui/core';
import { ApiError } from '../errors.ts';
import type { RoomWindow } from './window.ts';

/** Error codes the video token route adds to the standard ones, all sent with 403. */
export const videoErrorCodes = ['booking_cancelled', 'room_not_open', 'room_closed'] as const;

/** One of {@link videoErrorCodes}. */
export type VideoErrorCode = (typeof videoErrorCodes)[number];

/** 403 `booking_cancelled`: a cancelled booking has no room. */
export function bookingCancelled(): ApiError {
  return new ApiError(403, 'booking_cancelled', {
    ja: 'この予約は取り消されているため、ビデオ相談に入れません。',
    en: 'This booking has been cancelled, so its video consultation cannot be joined.',
  });
}

/**
 * 403 `room_not_open`: too early. The body carries `opensAt` and `closesAt` (ISO 8601, +09:00)
 * so a waiting screen can say when to come back.
 */
export function roomNotOpen(window: RoomWindow): ApiError {
  return new ApiError(
    403,
    'room_not_open',
    {
      ja: `ビデオ相談の部屋は ${tokyoClock(window.opensAt)} に開きます。その時刻以降にもう一度お試しください。`,
      en: `The video consultation room opens at ${tokyoClock(window.opensAt)} (Japan time). Try again from then.`,
    },
    { details: windowDetails(window) },
  );
}

/**
 * 403 `room_closed`: the booking's time is over, or its specialist marked it done or no-show. The
 * body carries `opensAt` and `closesAt` like {@link roomNotOpen}.
 */
export function roomClosed(window: RoomWindow): ApiError {
  return new ApiError(
    403,
    'room_closed',
    {
      ja: 'このビデオ相談の時間は終了しました。ご相談が続く場合は、もう一度予約してください。',
      en: 'The time of this video consultation is over. To talk again, make a new booking.',
    },
    { details: windowDetails(window) },
  );
}

function windowDetails(window: RoomWindow) {
  return { opensAt: formatTokyoIso(window.opensAt), closesAt: formatTokyoIso(window.closesAt) };
}

/** `2026/12/01 09:45` in Tokyo, for messages (the exact instant is in `opensAt`). */
function tokyoClock(instant: Date): string {
  const [date = '', time = ''] = formatTokyoIso(instant).split('T');
  return `${date.replaceAll('-', '/')} ${time.slice(0, 5)}`;
}
