// The shapes the HQ components take: those of the reference server's `GET /api/v1/shelters`,
// `GET /api/v1/shelters/{id}/reports`, `GET /api/v1/hq/overview` and `GET /api/v1/supply-requests`,
// so a portal passes the responses through. Another back end fills what it has; optional fields
// may be left out.
import type { ReportKind } from '../../core/kinds';
import type {
  CareNeedCategory,
  OpeningStatus,
  SupplyItem,
  SupplyUnit,
} from '../../core/validation/codes';
import type { SupplyRequestStatus } from '../../core/validation/supply-request';

/** What a shelter's reports say now (`ShelterSummary.status`). */
export interface HqShelterStatus {
  /** From the latest opening or closing report; null before any. */
  openingStatus: OpeningStatus | null;
  /** Latest head count; null before any. */
  evacueeTotal: number | null;
  /** The latest head count was marked 未確認. */
  evacueeTotalUnconfirmed?: boolean;
  /** People needing special care, per category. */
  careNeeds?: Partial<Record<CareNeedCategory, number>>;
  careNeedsTotal?: number;
  /** Supply requests not yet arrived. */
  openSupplyRequests: number;
  /** Time of the latest report (ISO 8601); null before any. */
  lastReportAt: string | null;
  /** Minutes since then when the server answered (the board recomputes it as time passes). */
  minutesSinceLastReport?: number | null;
}

/** One shelter on the HQ board (`ShelterSummary`). */
export interface HqShelter {
  /** 全国共通避難所・避難場所ID. */
  nationalShelterId: string;
  name: string;
  nameKana?: string;
  address?: string;
  /** Sample data of the demo city, marked as such. */
  sample?: boolean;
  status: HqShelterStatus;
}

/** A stored report as HQ sees it (`StoredShelterReport`). */
export interface HqReport {
  id: string;
  kind: ReportKind;
  /** When the device created it. */
  createdAt: string;
  /** When the server first stored it. */
  receivedAt: string;
  /** The report this one corrects. */
  supersedes?: string;
  /** The report that corrects this one. */
  supersededBy?: string;
  data: Readonly<Record<string, unknown>>;
  /** A supply request's progress at HQ. */
  supplyRequest?: { status: SupplyRequestStatus; statusChangedAt: string };
}

/** A supply request in HQ's queue (`SupplyRequest`). */
export interface HqSupplyRequest {
  /** The request id (the report's id). */
  id: string;
  shelterId: string;
  shelterName: string;
  status: SupplyRequestStatus;
  requestedAt: string;
  neededBy?: string;
  items: readonly {
    item: SupplyItem | string;
    itemName?: string;
    quantity: number;
    unit: SupplyUnit | string;
  }[];
  beneficiaries?: number;
  remarks?: string;
  /** The request that corrects this one; a superseded request is not acted on. */
  supersededBy?: string;
  statusChangedAt?: string;
}

/** Totals for the HQ (`HqOverview`). */
export interface HqOverview {
  shelters: { total: number; open: number };
  evacuees: { total: number; unconfirmedShelters: number };
  careNeeds: { total: number; byCategory: Partial<Record<CareNeedCategory, number>> };
  supplyRequests: { open: number };
  staleShelters: readonly {
    nationalShelterId: string;
    name: string;
    lastReportAt: string | null;
    minutesSinceLastReport: number | null;
  }[];
}
