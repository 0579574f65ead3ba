// @vitest-environment node
import { BookingApiError } from '../api/error';
import { createMemoryBookingApi } from '../api/memory';
import { sampleBookingSeed } from '../api/sample';
import type { BookingApi } from '../api/types';
import { createBookingFlow } from './store';

let clock = new Date('2026-11-25T10:00:00+09:00');
const now = () => clock;
const details = {
  name: '宇和島 太郎',
  nameKana: 'うわじま たろう',
  phone: '090-1234-5678',
  consent: true,
};

/** Resolves once pending promises and timers of the memory API have run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A flow at the check-answers step for migration, from home, 2026-12-01 10:00. */
async function atCheck(
  api: BookingApi = createMemoryBookingApi(sampleBookingSeed(), { now }),
  keys?: string[],
) {
  let counter = 0;
  const flow = createBookingFlow({
    api,
    now,
    createIdempotencyKey: () => {
      const key = `key-${++counter}`;
      keys?.push(key);
      return key;
    },
  });
  await flow.load();
  flow.selectService('migration');
  flow.next();
  flow.selectLocation('home');
  flow.next();
  await flow.showMonth({ year: 2026, month: 12 });
  flow.selectSlot({ start: '2026-12-01T10:00:00+09:00', end: '2026-12-01T10:30:00+09:00' });
  flow.next();
  flow.updateDetails(details);
  flow.next();
  return flow;
}

beforeEach(() => {
  clock = new Date('2026-11-25T10:00:00+09:00');
});

describe('createBookingFlow', () => {
  it('walks service → place → date and time → details → check → confirmation', async () => {
    const api = createMemoryBookingApi(sampleBookingSeed(), { now });
    const flow = createBookingFlow({ api, now });
    const steps: string[] = [];
    flow.subscribe(() => {
      const { step } = flow.getSnapshot();
      if (steps.at(-1) !== step) steps.push(step);
    });
    expect(flow.getSnapshot()).toMatchObject({ step: 'service', services: { status: 'idle' } });
    const loading = flow.load();
    expect(flow.getSnapshot().services.status).toBe('loading');
    await loading;
    expect(flow.getSnapshot().services.status).toBe('success');
    flow.selectService('welfare');
    expect(flow.next()).toBe(true);
    flow.selectLocation('kitaura-branch');
    flow.next();
    expect(flow.getSnapshot()).toMatchObject({
      step: 'datetime',
      month: { year: 2026, month: 11 },
    });
    expect(flow.getSnapshot().availability.status).toBe('loading');
    await settle();
    const november = flow.getSnapshot().availability;
    if (november.status !== 'success') throw new Error('not loaded');
    expect(november.data).toHaveLength(30);
    const firstOpen = november.data.find((day) => day.slots.length > 0)!;
    expect(firstOpen.date).toBe('2026-11-26');
    flow.selectSlot(firstOpen.slots[0]!);
    flow.next();
    flow.updateDetails({ ...details, accommodations: { sign_language: true } });
    flow.next();
    expect(flow.getSnapshot().step).toBe('check');
    await flow.submit();
    const { step, result } = flow.getSnapshot();
    expect(step).toBe('confirmation');
    expect(result?.booking).toMatchObject({
      serviceId: 'welfare',
      locationId: 'kitaura-branch',
      start: '2026-11-26T08:30:00+09:00',
      resident: { nameKana: 'ウワジマ　タロウ' },
      accommodations: [{ type: 'sign_language' }],
    });
    expect(steps).toEqual(['service', 'place', 'datetime', 'details', 'check', 'confirmation']);
    await expect(api.getBooking(result!.booking.reference, result!.manageToken)).resolves.toEqual(
      result!.booking,
    );
  });

  it('validates on continue, keeps what was typed and shows the errors until the next try', async () => {
    const flow = createBookingFlow({
      api: createMemoryBookingApi(sampleBookingSeed(), { now }),
      now,
    });
    await flow.load();
    expect(flow.next()).toBe(false);
    expect(flow.getSnapshot().errors).toMatchObject([{ field: 'serviceId', code: 'required' }]);
    flow.selectService('family-register');
    expect(flow.getSnapshot().errors).toEqual([]);
    flow.next();
    flow.selectLocation('home');
    expect(flow.next()).toBe(false);
    expect(flow.getSnapshot().errors).toMatchObject([
      { field: 'locationId', code: 'mode_not_allowed' },
    ]);
    flow.selectLocation('nishihama-branch');
    flow.next();
    expect(flow.next()).toBe(false);
    expect(flow.getSnapshot().errors).toMatchObject([{ field: 'start', code: 'required' }]);
    flow.selectSlot({ start: '2026-11-26T09:00:00+09:00', end: '2026-11-26T09:30:00+09:00' });
    flow.next();
    flow.updateDetails({ name: '太郎', nameKana: 'Taro' });
    expect(flow.next()).toBe(false);
    const snapshot = flow.getSnapshot();
    expect(snapshot.step).toBe('details');
    expect(snapshot.errors.map((error) => error.field)).toEqual(['nameKana', 'phone', 'consent']);
    expect(snapshot.details).toMatchObject({ name: '太郎', nameKana: 'Taro' });
    flow.updateDetails({ nameKana: 'たろう' });
    expect(flow.getSnapshot().errors).toHaveLength(3); // validate on submit, not on change
  });

  it('returns to check answers after a change, asking again only what the change broke', async () => {
    const flow = await atCheck();
    flow.change('details');
    expect(flow.getSnapshot()).toMatchObject({ step: 'details', returnToCheck: true });
    flow.updateDetails({ email: 'taro@example.jp' });
    flow.next();
    expect(flow.getSnapshot()).toMatchObject({ step: 'check', returnToCheck: false });
    // Back from a change page leads to check answers too.
    flow.change('place');
    flow.back();
    expect(flow.getSnapshot().step).toBe('check');
    // A service only offered at branches drops "from home" and the slot.
    flow.change('service');
    flow.selectService('family-register');
    flow.next();
    expect(flow.getSnapshot()).toMatchObject({
      step: 'place',
      locationId: undefined,
      slot: undefined,
    });
    flow.selectLocation('minamiyama-branch');
    flow.next();
    expect(flow.getSnapshot().step).toBe('datetime');
    flow.selectSlot({ start: '2026-12-02T09:00:00+09:00', end: '2026-12-02T09:30:00+09:00' });
    flow.next();
    expect(flow.getSnapshot().step).toBe('check');
  });

  it('after a 409 goes back to date and time with the alternatives, then books one', async () => {
    const api = createMemoryBookingApi(sampleBookingSeed(), { now });
    const flow = await atCheck(api);
    api.takeSlot({
      serviceId: 'migration',
      locationId: 'home',
      start: '2026-12-01T10:00:00+09:00',
    });
    await flow.submit();
    const snapshot = flow.getSnapshot();
    expect(snapshot).toMatchObject({
      step: 'datetime',
      slot: undefined,
      returnToCheck: true,
      month: { year: 2026, month: 12 },
      notice: { kind: 'slot_unavailable', taken: { start: '2026-12-01T10:00:00+09:00' } },
    });
    expect(snapshot.notice?.alternatives).toHaveLength(3);
    await settle();
    const december = flow.getSnapshot().availability;
    if (december.status !== 'success') throw new Error('not reloaded');
    expect(december.data[0]?.slots.map((slot) => slot.start)).not.toContain(
      '2026-12-01T10:00:00+09:00',
    );
    flow.selectSlot(snapshot.notice!.alternatives[0]!);
    expect(flow.getSnapshot().notice).toBeUndefined();
    flow.next();
    expect(flow.getSnapshot().step).toBe('check');
    await flow.submit();
    expect(flow.getSnapshot().step).toBe('confirmation');
  });

  it('reuses the Idempotency-Key when retrying after a lost response, so only one booking exists', async () => {
    const memory = createMemoryBookingApi(sampleBookingSeed(), { now });
    const seenKeys: string[] = [];
    let loseResponse = true;
    const api: BookingApi = {
      ...memory,
      async createBooking(body, request) {
        seenKeys.push(request.idempotencyKey);
        const result = await memory.createBooking(body, request);
        if (loseResponse) {
          loseResponse = false;
          throw new BookingApiError({ status: 0, code: 'network_error' });
        }
        return result;
      },
    };
    const flow = await atCheck(api);
    await flow.submit();
    expect(flow.getSnapshot()).toMatchObject({
      step: 'check',
      submission: { status: 'failed', error: { code: 'network_error' } },
    });
    await flow.submit();
    expect(flow.getSnapshot().step).toBe('confirmation');
    expect(seenKeys).toEqual(['key-1', 'key-1']);
    expect(memory.bookings()).toHaveLength(1);
  });

  it('sends one request for a double click, and a new key for a changed body', async () => {
    const memory = createMemoryBookingApi(sampleBookingSeed(), { now });
    const seenKeys: string[] = [];
    const api: BookingApi = {
      ...memory,
      createBooking(_body, request) {
        seenKeys.push(request.idempotencyKey);
        return Promise.reject(new BookingApiError({ status: 503, code: 'service_unavailable' }));
      },
    };
    const flow = await atCheck(api);
    await Promise.all([flow.submit(), flow.submit()]);
    expect(seenKeys).toEqual(['key-1']);
    flow.change('details');
    flow.updateDetails({ summary: '追記' });
    flow.next();
    await flow.submit();
    expect(seenKeys).toEqual(['key-1', 'key-2']);
  });

  it('takes a server 422 back to the step that asks for the field', async () => {
    const flow = await atCheck();
    clock = new Date('2026-11-30T17:20:00+09:00'); // the 1 December slot closed meanwhile
    await flow.submit();
    expect(flow.getSnapshot()).toMatchObject({
      step: 'datetime',
      returnToCheck: true,
      errors: [{ field: 'start', code: 'before_notice', path: 'start' }],
    });
  });

  it('loads each month once per selection, and again on request after an error', async () => {
    const memory = createMemoryBookingApi(sampleBookingSeed(), { now });
    let calls = 0;
    let fail = true;
    const api: BookingApi = {
      ...memory,
      getAvailability(query, request) {
        calls++;
        if (fail) return Promise.reject(new BookingApiError({ status: 0, code: 'network_error' }));
        return memory.getAvailability(query, request);
      },
    };
    const flow = createBookingFlow({
      api,
      now,
      initial: { serviceId: 'migration', locationId: 'home' },
    });
    await flow.load();
    flow.goTo('datetime');
    await settle();
    expect(flow.getSnapshot().availability).toMatchObject({
      status: 'error',
      error: { code: 'network_error' },
    });
    fail = false;
    await flow.reloadMonth();
    expect(flow.getSnapshot().availability.status).toBe('success');
    await flow.showMonth({ year: 2026, month: 12 });
    await flow.showMonth({ year: 2026, month: 11 });
    expect(flow.getSnapshot().availability.status).toBe('success');
    expect(calls).toBe(3);
  });

  it('only jumps to steps whose earlier answers are complete', async () => {
    const flow = createBookingFlow({
      api: createMemoryBookingApi(sampleBookingSeed(), { now }),
      now,
    });
    await flow.load();
    expect(flow.goTo('details')).toBe(false);
    flow.selectService('migration');
    expect(flow.goTo('place')).toBe(true);
    expect(flow.goTo('check')).toBe(false);
    expect(flow.goTo('confirmation')).toBe(false);
  });

  it('is a well-behaved external store: stable snapshots, unsubscribe, reset and dispose', async () => {
    const flow = await atCheck();
    const snapshot = flow.getSnapshot();
    expect(flow.getSnapshot()).toBe(snapshot);
    const listener = vi.fn();
    const unsubscribe = flow.subscribe(listener);
    flow.updateDetails({ summary: 'x' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(flow.getSnapshot()).not.toBe(snapshot);
    unsubscribe();
    flow.updateDetails({ summary: 'y' });
    expect(listener).toHaveBeenCalledTimes(1);
    flow.reset();
    expect(flow.getSnapshot()).toMatchObject({
      step: 'service',
      serviceId: undefined,
      services: { status: 'success' },
    });
    expect(flow.getSnapshot().details.name).toBe('');
    flow.dispose();
    flow.selectService('migration');
    expect(flow.getSnapshot().serviceId).toBeUndefined();
  });
});
