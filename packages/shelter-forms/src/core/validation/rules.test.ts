import fc from 'fast-check';
import { exampleReportData } from './fixtures';
import { validateReportData } from './report';
import {
  canAdvanceSupplyRequest,
  nextSupplyRequestStatus,
  supplyRequestStatuses,
} from './supply-request';

const problems = (...args: Parameters<typeof validateReportData>) =>
  validateReportData(...args).map(({ path, code }) => `${path}:${code}`);

describe('opening report', () => {
  const data = exampleReportData.opening;

  it('needs the opening time when the shelter is open, unless it is 未確認', () => {
    const { openedAt: _openedAt, ...rest } = data;
    expect(problems('opening', rest)).toEqual(['data.openedAt:required']);
    expect(problems('opening', { ...rest, openingStatus: 'not_opened' })).toEqual([]);
    expect(problems('opening', { ...rest, unconfirmedFields: ['openedAt'] })).toEqual([]);
  });

  it('refuses an opening time after the report time', () => {
    expect(problems('opening', { ...data, openedAt: '2026-12-01T10:30:00+09:00' })).toEqual([
      'data.openedAt:opened_after_reported',
    ]);
  });

  it('checks the safety checklist values and refuses unknown checklist items', () => {
    expect(
      problems('opening', { ...data, facilitySafetyCheck: { structure: 'fine', roof: 'ok' } }),
    ).toEqual([
      'data.facilitySafetyCheck.roof:unrecognized_key',
      'data.facilitySafetyCheck.structure:invalid_value',
    ]);
  });
});

describe('status report', () => {
  const data = exampleReportData.status;

  it('needs 第n報 and the as-of time', () => {
    const { reportSequence: _n, asOf: _asOf, ...rest } = data;
    expect(problems('status', rest)).toEqual([
      'data.reportSequence:required',
      'data.asOf:required',
    ]);
    expect(problems('status', { ...data, reportSequence: 0 })).toEqual([
      'data.reportSequence:too_small',
    ]);
  });

  it('keeps parts within their wholes', () => {
    expect(problems('status', { ...data, evacueeMale: 61 })).toEqual([
      'data.evacueeFemale:sex_sum_exceeds_total',
    ]);
    expect(problems('status', { ...data, evacueeFemale: undefined, evacueeMale: 121 })).toEqual([
      'data.evacueeMale:exceeds_evacuee_total',
    ]);
    expect(problems('status', { ...data, toiletCountUsable: 11 })).toEqual([
      'data.toiletCountUsable:exceeds_toilet_total',
    ]);
    expect(problems('status', { ...data, evacueeHouseholds: 121 })).toEqual([
      'data.evacueeHouseholds:households_exceed_persons',
    ]);
    expect(
      problems('status', { ...data, selfEvacuatedHouseholds: 5, selfEvacuatedPersons: 4 }),
    ).toEqual(['data.selfEvacuatedHouseholds:households_exceed_persons']);
    expect(problems('status', { ...data, evacueeHouseholds: 3 })).toEqual([
      'data.selfEvacuatedHouseholds:exceeds_households',
    ]);
    expect(problems('status', { ...data, careNeeds: { disabled: 121 } })).toEqual([
      'data.careNeeds.disabled:exceeds_evacuee_total',
    ]);
    // Day and night are counted at other times than asOf.
    expect(problems('status', { ...data, populationNight: 500 })).toEqual([]);
  });

  it('never reports a value twice: a wrong type is not also a rule violation', () => {
    expect(problems('status', { ...data, evacueeMale: '55' })).toEqual([
      'data.evacueeMale:invalid_type',
    ]);
    expect(problems('status', { ...data, evacueeMale: 5.5 })).toEqual([
      'data.evacueeMale:invalid_type',
    ]);
  });

  it('checks lifelines, staff support and the supplies-needed lines', () => {
    expect(
      problems('status', {
        ...data,
        lifelines: { power: 'on' },
        staffSupportNeeded: ['nurse', 'nurse', 'chef'],
        suppliesNeeded: [{ item: 'other', quantity: 1, unit: 'piece' }],
      }),
    ).toEqual([
      'data.staffSupportNeeded.1:duplicate',
      'data.staffSupportNeeded.2:invalid_value',
      'data.lifelines.power:invalid_value',
      'data.suppliesNeeded.0.itemName:item_name_required',
    ]);
  });

  it('finds no problem in any consistent set of counts, and one in every inconsistent one', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat({ max: 50 }),
        (total, maleShare, femaleShare, extra) => {
          const male = Math.floor(total * maleShare);
          const female = Math.floor((total - male) * femaleShare);
          const consistent = {
            ...data,
            evacueeTotal: total,
            evacueeMale: male,
            evacueeFemale: female,
          };
          const base = {
            ...consistent,
            evacueeHouseholds: undefined,
            selfEvacuatedPersons: undefined,
          };
          const clean = { ...base, selfEvacuatedHouseholds: undefined, careNeeds: undefined };
          expect(problems('status', clean)).toEqual([]);
          const over = { ...clean, evacueeFemale: total - male + extra + 1 };
          expect(problems('status', over)).toEqual(['data.evacueeFemale:sex_sum_exceeds_total']);
        },
      ),
    );
  });
});

describe('supply request', () => {
  const data = exampleReportData.supply_request;

  it('needs at least one line, each with a code, a positive whole quantity and a unit', () => {
    expect(problems('supply_request', { ...data, items: [] })).toEqual(['data.items:too_small']);
    expect(
      problems('supply_request', {
        ...data,
        items: [
          { item: 'water', quantity: 0, unit: 'kg' },
          { item: 'food', quantity: 2.5, unit: 'meal' },
        ],
      }),
    ).toEqual([
      'data.items.0.item:invalid_value',
      'data.items.0.quantity:too_small',
      'data.items.0.unit:invalid_value',
      'data.items.1.quantity:invalid_type',
    ]);
  });

  it('needs a name for an "other" item and a needed-by time after the request', () => {
    expect(
      problems('supply_request', {
        ...data,
        items: [{ item: 'other', itemName: ' ', quantity: 1, unit: 'piece' }],
        neededBy: '2026-12-01T12:00:00+09:00',
      }),
    ).toEqual([
      'data.items.0.itemName:item_name_required',
      'data.neededBy:needed_by_before_requested',
    ]);
  });

  it('moves only forward: 要請 → 調達 → 輸送 → 到着', () => {
    expect(supplyRequestStatuses).toEqual(['requested', 'procuring', 'in_transit', 'arrived']);
    expect(canAdvanceSupplyRequest('requested', 'procuring')).toBe(true);
    expect(canAdvanceSupplyRequest('procuring', 'arrived')).toBe(true);
    expect(canAdvanceSupplyRequest('in_transit', 'procuring')).toBe(false);
    expect(canAdvanceSupplyRequest('arrived', 'arrived')).toBe(false);
    expect(nextSupplyRequestStatus('requested')).toBe('procuring');
    expect(nextSupplyRequestStatus('arrived')).toBeUndefined();
  });
});

describe('damage report', () => {
  const data = exampleReportData.damage;

  it('needs a place: latitude and longitude together, or an address', () => {
    const { latitude: _lat, longitude: _lon, ...rest } = data;
    expect(problems('damage', rest)).toEqual(['data.address:location_required']);
    expect(problems('damage', { ...rest, address: '宇和島市サンプル町1丁目' })).toEqual([]);
    expect(problems('damage', { ...rest, latitude: 33.2 })).toEqual(['data.longitude:required']);
    expect(problems('damage', { ...data, latitude: 95 })).toEqual(['data.latitude:too_big']);
  });

  it('takes up to 3 distinct photos of at most 1600 px', () => {
    const photo = data.photos![0]!;
    const other = { ...photo, sha256: 'b'.repeat(64) };
    expect(problems('damage', { ...data, photos: [photo, other, photo] })).toEqual([
      'data.photos.2.sha256:duplicate',
    ]);
    expect(problems('damage', { ...data, photos: [photo, photo, photo, photo] })).toEqual([
      'data.photos:too_big',
    ]);
    expect(
      problems('damage', { ...data, photos: [{ ...photo, width: 4032, sha256: 'XYZ' }] }),
    ).toEqual(['data.photos.0.sha256:invalid_format', 'data.photos.0.width:too_big']);
  });
});

describe('closing report', () => {
  it('needs the time, and where remaining evacuees went', () => {
    expect(problems('closing', {})).toEqual(['data.closedAt:required']);
    expect(
      problems('closing', { closedAt: '2026-12-05T10:00:00+09:00', remainingEvacuees: 3 }),
    ).toEqual(['data.evacueesMovedTo:required']);
    expect(
      problems('closing', { closedAt: '2026-12-05T10:00:00+09:00', remainingEvacuees: 0 }),
    ).toEqual([]);
  });
});
