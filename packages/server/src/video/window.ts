/** Default: the room opens this many minutes before the booking's start. */
export const DEFAULT_OPENS_MINUTES_BEFORE = 15;
/**
 * The most `opensMinutesBefore` may be: 30 days, the default booking horizon. Large values are for
 * rooms residents may enter early (to try their devices) and for end-to-end tests that book a real
 * slot days ahead and join it at once; every minute of it is a minute a leaked manage link works.
 */
export const MAX_OPENS_MINUTES_BEFORE = 30 * 24 * 60;
/** Default: the room closes this many minutes after the booking's end (0: at the end). */
export const DEFAULT_CLOSES_MINUTES_AFTER = 0;

/** When a booking's video room accepts token requests. */
export interface RoomWindowOptions {
  /** Minutes before the start the room opens (default 15). */
  opensMinutesBefore: number;
  /** Minutes after the end the room closes (default 0). */
  closesMinutesAfter: number;
}

/** A booking's room window, `[opensAt, closesAt)`. */
export interface RoomWindow {
  opensAt: Date;
  closesAt: Date;
}

/** Whether the room is open at an instant, or why not. */
export type RoomState = 'not_open' | 'open' | 'closed';

/** The window of a booking's room: from `opensMinutesBefore` before its start to `closesMinutesAfter` after its end. */
export function roomWindow(
  booking: { start: Date; end: Date },
  options: RoomWindowOptions,
): RoomWindow {
  return {
    opensAt: new Date(booking.start.getTime() - options.opensMinutesBefore * 60_000),
    closesAt: new Date(booking.end.getTime() + options.closesMinutesAfter * 60_000),
  };
}

/** Where `now` falls: before the window, inside it (start included, end excluded) or after it. */
export function roomState(now: Date, window: RoomWindow): RoomState {
  if (now.getTime() < window.opensAt.getTime()) return 'not_open';
  if (now.getTime() >= window.closesAt.getTime()) return 'closed';
  return 'open';
}

/** Checks window options; throws a RangeError naming the bad one (module options are code, not input). */
export function checkWindowOptions(options: RoomWindowOptions): void {
  const check = (name: keyof RoomWindowOptions, max: number) => {
    const value = options[name];
    if (!Number.isInteger(value) || value < 0 || value > max) {
      throw new RangeError(`video ${name} must be an integer 0–${max} (got ${value})`);
    }
  };
  check('opensMinutesBefore', MAX_OPENS_MINUTES_BEFORE);
  // A room left open a day after the end would make a leaked link useful for far too long.
  check('closesMinutesAfter', 24 * 60);
}
