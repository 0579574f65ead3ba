// @vitest-environment node
import { itHasCompleteCatalogs } from '../../../../tooling/catalogs';
import { bookingCatalogs, flowCatalogs } from '../intl';
import { bookingErrorStatuses } from './errors';
import { accommodationTypes } from './flow/details';
import {
  accommodationKey,
  bookingStatusKey,
  closedReasonKey,
  errorCodeKey,
  fieldError,
  fieldErrorKey,
  hasMessage,
  messageIn,
} from './messages';
import type { SlotRefusal } from './slots/resources';
import type { BookingStatus, ClosedDayReason } from './types';

describe('message keys', () => {
  itHasCompleteCatalogs(bookingCatalogs);
  itHasCompleteCatalogs(flowCatalogs);

  it('exist for every closed-day reason, accommodation, status and booking error code', () => {
    const reasons: ClosedDayReason[] = [
      'weekend',
      'holiday',
      'closure',
      'past',
      'before_notice',
      'outside_horizon',
      'no_hours',
      'fully_booked',
    ];
    const statuses: BookingStatus[] = ['confirmed', 'cancelled', 'done', 'no_show'];
    const keys = [
      ...reasons.map(closedReasonKey),
      ...accommodationTypes.map(accommodationKey),
      ...statuses.map(bookingStatusKey),
      ...Object.keys(bookingErrorStatuses).map((code) => `booking.error.${code}`),
      ...[
        'network_error',
        'validation_failed',
        'too_many_requests',
        'unauthorized',
        'not_found',
      ].map((code) => `booking.error.${code}`),
    ];
    for (const key of keys) expect(hasMessage(key), key).toBe(true);
  });

  it('give every slot refusal its own wording on the start field', () => {
    const refusals: SlotRefusal[] = [
      'not_on_boundary',
      'past',
      'closed',
      'before_notice',
      'outside_horizon',
      'outside_hours',
    ];
    for (const code of refusals) {
      expect(fieldErrorKey({ path: 'start', code })).toBe(`booking.field.start.${code}`);
    }
  });

  it('fall back from the field to the code to a generic message', () => {
    expect(fieldErrorKey({ path: 'resident.name', code: 'required' })).toBe(
      'booking.field.resident.name.required',
    );
    expect(fieldErrorKey({ path: 'accommodations.2.language', code: 'required' })).toBe(
      'booking.field.accommodations.language.required',
    );
    expect(fieldErrorKey({ path: 'resident.email', code: 'too_long' })).toBe(
      'booking.field.resident.email.too_long',
    );
    expect(fieldErrorKey({ path: 'note', code: 'too_long' })).toBe('booking.field.too_long');
    expect(fieldErrorKey({ path: 'x', code: 'no_such_code' })).toBe('booking.field.invalid');
    expect(errorCodeKey('slot_unavailable')).toBe('booking.error.slot_unavailable');
    expect(errorCodeKey('teapot')).toBe('booking.error.unknown');
  });

  it('render bilingual messages with their parameters, and ja-easy through messageIn', () => {
    expect(fieldError('summary', 'too_long', { max: 2000 })).toEqual({
      path: 'summary',
      code: 'too_long',
      params: { max: 2000 },
      message: {
        ja: '相談の内容は2000文字以内で入力してください',
        en: 'The description must be 2000 characters or fewer',
      },
    });
    expect(messageIn('ja-easy', 'booking.closed.weekend')).toBe(
      '土曜日(どようび)と 日曜日(にちようび)は 休(やす)みです',
    );
  });
});
