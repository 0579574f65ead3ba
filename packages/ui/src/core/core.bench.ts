import { bench, describe } from 'vitest';
import { createBusinessCalendar } from './closures';
import { addDays, formatTokyoIso, tokyoDate, tokyoInstant } from './dates';
import { formatEraYear } from './era';
import { toKatakana } from './kana';
import { validatePhone } from './phone';

// The booking server computes 62 days of slots per availability request: these are its inner loops.
const calendar = createBusinessCalendar();
const start = { year: 2026, month: 12, day: 1 };
const instant = new Date('2026-12-01T01:00:00Z');

describe('Asia/Tokyo date rules', () => {
  bench('tokyoDate + formatTokyoIso', () => {
    formatTokyoIso(instant);
    tokyoDate(instant);
  });
  bench('62 days: closedReason for each (holidays, year end, weekends)', () => {
    for (let offset = 0; offset < 62; offset += 1) calendar.closedReason(addDays(start, offset));
  });
  bench('62 days × 17 slots: tokyoInstant', () => {
    for (let offset = 0; offset < 62; offset += 1) {
      const date = addDays(start, offset);
      for (let slot = 0; slot < 17; slot += 1)
        tokyoInstant(date, { hour: 8 + (slot >> 1), minute: (slot & 1) * 30 });
    }
  });
  bench('addBusinessDays(+1) across the year-end closure', () => {
    calendar.addBusinessDays({ year: 2026, month: 12, day: 28 }, 1);
  });
  bench('formatEraYear', () => {
    formatEraYear({ year: 2026, month: 12, day: 1 });
  });
});

describe('Japanese text rules', () => {
  bench('toKatakana (hiragana and half-width kana name)', () => {
    toKatakana('うわじま ﾀﾛｳ');
  });
  bench('validatePhone (landline with full-width digits)', () => {
    validatePhone('０８９５－２４－１１１１');
  });
});
