// The shapes of the reference server's HQ responses (`GET /api/v1/shelters`,
// `GET /api/v1/shelters/{id}/reports`, `GET /api/v1/hq/overview`, `GET /api/v1/supply-requests`,
// the account of `/auth/*` and the events of `GET /api/v1/hq/events`). The HQ client returns them
// and the HQ components take them, so a portal passes responses through. Another back end fills
// what it has; optional fields may be left out.
import type { ReportKind } from '../kinds';
import type { CareNeedCategory, OpeningStatus, SupplyItem, SupplyUnit } from '../validation/codes';
import type { SupplyRequestStatus } from '../validation/supply-request';

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
  /** Open and silent for longer than the server's threshold when it answered. */
  stale?: boolean;
  /** How many reports the shelter sent. */
  reportCount?: number;
  /** When the server received the latest report (ISO 8601). */
  lastReceivedAt?: string | null;
  occupancyStatus?: string | null;
  /** Latest lifeline statuses (`{ power: 'available' }`). */
  lifelines?: Readonly<Record<string, string>>;
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
  /** 地方公共団体コード (6 digits). */
  localGovernmentCode?: string;
  designation?: 'shelter' | 'emergency_site';
  shelterType?: 'general' | 'welfare';
  /** GeoJSON point, `[lon, lat]`. */
  location?: { type: 'Point'; coordinates: readonly [number, number] };
  maxCapacity?: number;
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
  /** The form version the device sent (`data` is upgraded to the current one). */
  formVersion?: number;
  enteredBy?: 'shelter' | 'hq' | 'sample';
  sample?: boolean;
  data: Readonly<Record<string, unknown>>;
  /** A supply request's progress at HQ. */
  supplyRequest?: { status: SupplyRequestStatus; statusChangedAt: string };
  /** The photos `data.photos` lists, each marked received (its bytes arrived) or not. */
  photos?: readonly HqListedPhoto[];
}

/** A photo a report lists, and whether its bytes have arrived (`ListedShelterPhoto`). */
export interface HqListedPhoto {
  sha256: string;
  contentType: string;
  byteLength: number;
  width?: number;
  height?: number;
  received: boolean;
  receivedAt?: string;
  /** Where to view it, once received. */
  url?: string;
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
  /** The request this one corrects. */
  supersedes?: string;
  statusChangedAt?: string;
  /** When the server first stored it. */
  receivedAt?: string;
  sample?: boolean;
}

/** Totals for the HQ (`HqOverview`). */
export interface HqOverview {
  /** When the server computed it (ISO 8601). */
  generatedAt?: string;
  /** The stale threshold it used (minutes). */
  staleAfterMinutes?: number;
  shelters: {
    total: number;
    open: number;
    /** Per opening status, plus `not_reported`. */
    byOpeningStatus?: Readonly<Record<string, number>>;
  };
  evacuees: { total: number; unconfirmedShelters: number };
  careNeeds: { total: number; byCategory: Partial<Record<CareNeedCategory, number>> };
  supplyRequests: {
    open: number;
    /** Open requests per status (`requested`, `procuring`, `in_transit`). */
    byStatus?: Readonly<Record<string, number>>;
  };
  /** Photos the current reports list, and how many have arrived. */
  photos?: { listed: number; received: number; missing: number };
  staleShelters: readonly {
    nationalShelterId: string;
    name: string;
    lastReportAt: string | null;
    minutesSinceLastReport: number | null;
  }[];
}

/** `GET /api/v1/shelters` (`ShelterList`). */
export interface HqShelterList {
  generatedAt: string;
  /** The stale threshold the server applied (minutes). */
  staleAfterMinutes: number;
  shelters: HqShelter[];
}

/** Roles of the reference server's accounts. */
export type HqAccountRole = 'staff' | 'hq' | 'shelter' | (string & {});

/** The signed-in account (`/auth/login`, `/auth/me` → `account`). */
export interface HqAccount {
  id: string;
  username: string;
  displayName: string;
  /** `hq` may use the HQ endpoints; a `shelter` account only its own shelter. */
  role: HqAccountRole;
  /** Only for `shelter` accounts: the 全国共通避難所・避難場所ID it reports for. */
  shelterId?: string;
}

/** `report_received`: a shelter's report was stored for the first time. */
export interface HqReportReceivedEvent {
  type: 'report_received';
  /** The SSE event id (resume point). */
  id: string;
  data: {
    reportId: string;
    shelterId: string;
    kind: ReportKind;
    createdAt: string;
    receivedAt: string;
    supersedes?: string;
  };
}

/** `supply_request_status_changed`: HQ moved a supply request forward. */
export interface HqSupplyRequestStatusChangedEvent {
  type: 'supply_request_status_changed';
  id: string;
  data: {
    id: string;
    shelterId: string;
    status: SupplyRequestStatus;
    previousStatus: SupplyRequestStatus;
    changedAt?: string;
  };
}

/** `shelters_imported`: the shelter master data changed. */
export interface HqSheltersImportedEvent {
  type: 'shelters_imported';
  id: string;
  data: { imported: number; created: number; updated: number };
}

/** `photo_received`: the bytes of a photo a report listed arrived. */
export interface HqPhotoReceivedEvent {
  type: 'photo_received';
  id: string;
  data: { reportId: string; shelterId: string; sha256: string; receivedAt?: string };
}

/** An event of `GET /api/v1/hq/events`. */
export type HqEvent =
  | HqReportReceivedEvent
  | HqSupplyRequestStatusChangedEvent
  | HqSheltersImportedEvent
  | HqPhotoReceivedEvent;
