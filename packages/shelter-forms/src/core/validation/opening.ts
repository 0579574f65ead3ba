import {
  type OpeningStatus,
  openingStatuses,
  type SafetyCheckResult,
  safetyCheckResults,
} from './codes';
import type { ReportDefinition } from './definition';
import { confirmablePaths } from './definition';
import { count, datetime, oneOf, text } from './fields';

/** 施設の安全確認: each item 異常なし / 異常あり / 未点検, and a note. */
export interface FacilitySafetyCheck {
  /** 建物の構造（傾き・亀裂）. */
  structure?: SafetyCheckResult;
  /** 天井・窓ガラス・照明など非構造部材. */
  nonStructural?: SafetyCheckResult;
  /** 周辺の危険（土砂・浸水・倒壊のおそれ）. */
  surroundings?: SafetyCheckResult;
  /** 火災・ガス漏れ. */
  fire?: SafetyCheckResult;
  /** What was found. */
  note?: string;
}

/** `data` of an opening report (開設報告, 第1報). */
export interface OpeningReportData {
  /** 開設状況. */
  openingStatus: OpeningStatus;
  /** 現場の呼称: the status in local words when the code list does not fit. */
  statusLabel?: string;
  /** 開設日時; required when the status is `open` unless marked 未確認. */
  openedAt?: string;
  /** 開設理由. */
  openingReason?: string;
  /** 避難者数（総数）; required unless marked 未確認. */
  evacueeTotal?: number;
  /** 報告日時. */
  reportedAt: string;
  /** 報告者 (name or role). */
  reporter?: string;
  /** How HQ reaches the shelter: phone number, radio channel, satellite phone… */
  contactChannel?: string;
  /** 施設の安全確認. */
  facilitySafetyCheck?: FacilitySafetyCheck;
  /** Fields not yet confirmed (未確認): "write what you know within 30 minutes". */
  unconfirmedFields?: string[];
}

const check = oneOf(safetyCheckResults);
const fields = {
  openingStatus: oneOf(openingStatuses, true),
  statusLabel: text(100),
  openedAt: datetime(),
  openingReason: text(1000),
  evacueeTotal: count(true),
  reportedAt: datetime(true),
  reporter: text(100),
  contactChannel: text(200),
  facilitySafetyCheck: {
    type: 'object',
    fields: {
      structure: check,
      nonStructural: check,
      surroundings: check,
      fire: check,
      note: text(1000),
    },
  },
  unconfirmedFields: { type: 'array', items: text(100), maxItems: 50, unique: true },
} as const satisfies {
  [K in keyof Required<OpeningReportData>]: ReportDefinition['fields'][string];
};

/** Validation of opening reports. */
export const openingDefinition: ReportDefinition = {
  fields,
  confirmable: confirmablePaths(fields, ['openingStatus', 'reportedAt']),
  rules(context) {
    if (
      context.value('openingStatus') === 'open' &&
      !context.has('openedAt') &&
      !context.isUnconfirmed('openedAt')
    ) {
      context.report('openedAt', 'required');
    }
    const opened = context.instant('openedAt');
    const reported = context.instant('reportedAt');
    if (opened !== undefined && reported !== undefined && opened > reported) {
      context.report('openedAt', 'opened_after_reported');
    }
  },
};
