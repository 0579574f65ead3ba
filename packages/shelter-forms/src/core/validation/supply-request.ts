import { type SupplyItem, type SupplyUnit, supplyItems, supplyUnits } from './codes';
import type { ReportDefinition } from './definition';
import { count, datetime, type FieldSpec, type ObjectSpec, oneOf, text } from './fields';

/** One line of a supply request or of the supplies a status report needs. */
export interface SupplyLine {
  /** A basic push-support item, or `other`. */
  item: SupplyItem;
  /** The item's name: required for `other`, optional detail otherwise (e.g. アルファ米). */
  itemName?: string;
  /** How many, in `unit`: a whole number, never free text. */
  quantity: number;
  unit: SupplyUnit;
}

/** The statuses of a supply request on the HQ side: 要請 → 調達 → 輸送 → 到着. */
export const supplyRequestStatuses = ['requested', 'procuring', 'in_transit', 'arrived'] as const;
/** One of {@link supplyRequestStatuses}. */
export type SupplyRequestStatus = (typeof supplyRequestStatuses)[number];

/** `data` of a supply request (物資要請). Its request id is the report's `id`. */
export interface SupplyRequestData {
  /** 要請日時. */
  requestedAt: string;
  /** 必要期限. */
  neededBy?: string;
  /** What is needed, one line per item. */
  items: SupplyLine[];
  /** How many people the request serves. */
  beneficiaries?: number;
  remarks?: string;
}

/** The field spec of a {@link SupplyLine}, shared with status reports. */
export const supplyLineSpec: ObjectSpec = {
  type: 'object',
  fields: {
    item: oneOf(supplyItems, true),
    itemName: text(100),
    quantity: { type: 'integer', min: 1, max: 1_000_000, required: true },
    unit: oneOf(supplyUnits, true),
  } satisfies { [K in keyof Required<SupplyLine>]: FieldSpec },
};

const fields = {
  requestedAt: datetime(true),
  neededBy: datetime(),
  items: { type: 'array', items: supplyLineSpec, minItems: 1, maxItems: 50, required: true },
  beneficiaries: count(),
  remarks: text(2000),
} as const satisfies { [K in keyof Required<SupplyRequestData>]: FieldSpec };

/** Checks `itemName` on the lines of the list at `field`. */
export function checkItemNames(
  context: Parameters<NonNullable<ReportDefinition['rules']>>[0],
  field: string,
) {
  const lines = context.value(field);
  if (!Array.isArray(lines)) return;
  lines.forEach((line, index) => {
    if (line?.item === 'other' && !context.has(`${field}.${index}.itemName`)) {
      context.report(`${field}.${index}.itemName`, 'item_name_required');
    }
  });
}

/** Validation of supply requests. */
export const supplyRequestDefinition: ReportDefinition = {
  fields,
  rules(context) {
    checkItemNames(context, 'items');
    const requested = context.instant('requestedAt');
    const neededBy = context.instant('neededBy');
    if (requested !== undefined && neededBy !== undefined && neededBy < requested) {
      context.report('neededBy', 'needed_by_before_requested');
    }
  },
};

/**
 * Whether HQ may move a request from `from` to `to`: forward only, one step or more
 * (a request may arrive without HQ having marked it in transit), never back.
 */
export function canAdvanceSupplyRequest(
  from: SupplyRequestStatus,
  to: SupplyRequestStatus,
): boolean {
  return supplyRequestStatuses.indexOf(to) > supplyRequestStatuses.indexOf(from);
}

/** The next status after `status`, or undefined once it has arrived. */
export function nextSupplyRequestStatus(
  status: SupplyRequestStatus,
): SupplyRequestStatus | undefined {
  return supplyRequestStatuses[supplyRequestStatuses.indexOf(status) + 1];
}
