// Wire schemas of the shelter API for the OpenAPI document. Report bodies are validated by
// @machi-dx/shelter-forms/core (the same rules the forms run), not by these zod schemas.
import { z } from '@hono/zod-openapi';
import {
  careNeedCategories,
  openingStatuses,
  photoContentTypes,
  reportJsonSchema,
  reportKinds,
  supplyRequestStatuses,
} from '@machi-dx/shelter-forms/core';
import type { ApiRouter } from '../app.ts';
import { LocalizedMessageSchema } from '../routes/schemas.ts';

const NATIONAL_SHELTER_ID = /^E\d{10}[12][0-2][0-9A-Za-z]$/;

/** The `{nationalShelterId}` path parameter. */
export const ShelterParams = z.object({
  nationalShelterId: z
    .string()
    .regex(NATIONAL_SHELTER_ID)
    .openapi({
      param: { name: 'nationalShelterId', in: 'path' },
      description: '全国共通避難所・避難場所ID (14 characters).',
      example: 'E3820390001111',
    }),
});

/** An ISO 8601 instant with offset (+09:00 on the way out). */
const Instant = z.string().openapi({ example: '2026-12-01T12:00:00+09:00' });

/** `?staleAfterMinutes=` on the board's routes. */
export const StaleQuery = z.object({
  staleAfterMinutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .optional()
    .openapi({ description: 'Override the stale threshold for this request (minutes).' }),
});

const KIND_NAMES = {
  opening: 'Opening',
  status: 'Status',
  supply_request: 'SupplyRequest',
  damage: 'Damage',
  closing: 'Closing',
} as const;

/**
 * Registers the report JSON Schemas of the core (one component per kind) and returns the body
 * schema: any JSON object, documented as one of them, checked by `validateReport` in the handler.
 */
export function reportBodySchema(api: ApiRouter) {
  for (const kind of reportKinds) {
    api.openAPIRegistry.registerComponent(
      'schemas',
      `Shelter${KIND_NAMES[kind]}Report`,
      reportJsonSchema(kind) as never,
    );
  }
  return z.looseObject({}).openapi({
    description:
      'A report of one kind (`kind`), validated with the same rules as the forms of @machi-dx/shelter-forms.',
    oneOf: reportKinds.map((kind) => ({
      $ref: `#/components/schemas/Shelter${KIND_NAMES[kind]}Report`,
    })),
  } as never);
}

/** `{ receipt }`: the answer to a report, the first time (201) and for a repeat (200). */
export const ReceiptResponse = z
  .object({
    receipt: z.object({
      id: z.uuid(),
      receivedAt: Instant.openapi({ description: 'When the server first stored the report.' }),
    }),
  })
  .openapi('ShelterReportReceipt');

const CareNeeds = z
  .object(Object.fromEntries(careNeedCategories.map((c) => [c, z.number().int()])))
  .partial()
  .openapi('CareNeeds');

const SupplyStatus = z.enum(supplyRequestStatuses);

/** A shelter with its latest status, as on the HQ board. */
export const ShelterSummarySchema = z
  .object({
    nationalShelterId: z.string(),
    localGovernmentCode: z.string(),
    name: z.string(),
    nameKana: z.string().optional(),
    address: z.string(),
    designation: z.enum(['shelter', 'emergency_site']),
    shelterType: z.enum(['general', 'welfare']).optional(),
    location: z
      .object({
        type: z.literal('Point'),
        coordinates: z.tuple([z.number(), z.number()]).openapi({ description: '[lon, lat]' }),
      })
      .optional(),
    maxCapacity: z.number().int().optional(),
    sample: z.boolean(),
    status: z.object({
      openingStatus: z
        .enum(openingStatuses)
        .nullable()
        .openapi({ description: 'From the latest opening or closing report; null before any.' }),
      evacueeTotal: z.number().int().nullable(),
      evacueeTotalUnconfirmed: z.boolean(),
      careNeeds: CareNeeds,
      careNeedsTotal: z.number().int(),
      occupancyStatus: z.string().nullable(),
      lifelines: z.record(z.string(), z.string()),
      openSupplyRequests: z.number().int(),
      reportCount: z.number().int(),
      lastReportAt: Instant.nullable().openapi({
        description:
          'Latest report time: its createdAt, or when received if the device clock ran ahead.',
      }),
      lastReceivedAt: Instant.nullable(),
      minutesSinceLastReport: z.number().int().nullable(),
      stale: z.boolean().openapi({
        description: 'Open, and no report for longer than the stale threshold.',
      }),
    }),
  })
  .openapi('ShelterSummary');

/** `GET /shelters` 200. */
export const ShelterListResponse = z
  .object({
    generatedAt: Instant,
    staleAfterMinutes: z.number().int(),
    shelters: z.array(ShelterSummarySchema),
  })
  .openapi('ShelterList');

/** `GET /hq/overview` 200. */
export const OverviewResponse = z
  .object({
    generatedAt: Instant,
    staleAfterMinutes: z.number().int(),
    shelters: z.object({
      total: z.number().int(),
      open: z.number().int().openapi({ description: 'openingStatus open or permanent.' }),
      byOpeningStatus: z.record(z.string(), z.number().int()).openapi({
        description: 'Counts per opening status, plus `not_reported`.',
      }),
    }),
    evacuees: z.object({
      total: z.number().int(),
      unconfirmedShelters: z.number().int(),
    }),
    careNeeds: z.object({ total: z.number().int(), byCategory: CareNeeds }),
    supplyRequests: z.object({
      open: z.number().int(),
      byStatus: z.record(z.string(), z.number().int()),
    }),
    photos: z
      .object({
        listed: z.number().int(),
        received: z.number().int(),
        missing: z.number().int(),
      })
      .openapi({
        description:
          'Photos the current reports list (corrected ones left out), and how many have arrived.',
      }),
    staleShelters: z.array(
      z.object({
        nationalShelterId: z.string(),
        name: z.string(),
        lastReportAt: Instant.nullable(),
        minutesSinceLastReport: z.number().int().nullable(),
      }),
    ),
  })
  .openapi('HqOverview');

/** A photo a report lists, and whether its bytes have arrived. */
export const ListedPhotoSchema = z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    contentType: z.string(),
    byteLength: z.number().int(),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
    received: z.boolean().openapi({ description: 'The bytes have arrived.' }),
    receivedAt: Instant.optional(),
    url: z.string().optional().openapi({ description: 'Where to view it, once received.' }),
  })
  .openapi('ListedShelterPhoto');

/** A stored report as `GET /shelters/{id}/reports` lists it. */
export const StoredReportSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(reportKinds),
    formVersion: z.number().int().openapi({ description: 'The version the device sent.' }),
    createdAt: Instant,
    receivedAt: Instant,
    supersedes: z.uuid().optional(),
    supersededBy: z.uuid().optional(),
    enteredBy: z.enum(['shelter', 'hq', 'sample']),
    sample: z.boolean(),
    data: z.record(z.string(), z.unknown()).openapi({
      description: 'Upgraded to the current form version.',
    }),
    supplyRequest: z.object({ status: SupplyStatus, statusChangedAt: Instant }).optional(),
    photos: z.array(ListedPhotoSchema).optional().openapi({
      description: 'The photos `data.photos` lists, each marked received or not.',
    }),
  })
  .openapi('StoredShelterReport');

/** `{nationalShelterId}`, `{reportId}` and `{sha256}` of a photo. */
export const PhotoParams = ShelterParams.extend({
  reportId: z.uuid().openapi({ param: { name: 'reportId', in: 'path' } }),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .openapi({
      param: { name: 'sha256', in: 'path' },
      description: 'SHA-256 of the bytes, lowercase hex, as listed in the report.',
    }),
});

/** `{ photo }`: the answer to a photo upload, the first time (201) and for a repeat (200). */
export const PhotoReceiptResponse = z
  .object({
    photo: z.object({
      reportId: z.uuid(),
      sha256: z.string(),
      contentType: z.enum(photoContentTypes),
      byteLength: z.number().int(),
      receivedAt: Instant.openapi({ description: 'When the server first stored the photo.' }),
    }),
  })
  .openapi('ShelterPhotoReceipt');

/** `GET /shelters/{id}/reports` query. */
export const ReportListQuery = z.object({
  kind: z.enum(reportKinds).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ example: 200 }),
});

/** `GET /shelters/{id}/reports` 200. */
export const ReportListResponse = z
  .object({ reports: z.array(StoredReportSchema) })
  .openapi('ShelterReportList');

/** A supply request with the HQ's progress. */
export const SupplyRequestSchema = z
  .object({
    id: z.uuid(),
    shelterId: z.string(),
    shelterName: z.string(),
    status: SupplyStatus,
    requestedAt: Instant,
    neededBy: Instant.optional(),
    items: z.array(
      z.object({
        item: z.string(),
        itemName: z.string().optional(),
        quantity: z.number().int(),
        unit: z.string(),
      }),
    ),
    beneficiaries: z.number().int().optional(),
    remarks: z.string().optional(),
    receivedAt: Instant,
    supersedes: z.uuid().optional(),
    supersededBy: z.uuid().optional(),
    statusChangedAt: Instant,
    sample: z.boolean(),
  })
  .openapi('SupplyRequest');

/** `PATCH /supply-requests/{id}` body. */
export const SupplyStatusBody = z
  .strictObject({ status: SupplyStatus })
  .openapi('SupplyRequestStatusChange');

/** `{ supplyRequest }`. */
export const SupplyRequestResponse = z
  .object({ supplyRequest: SupplyRequestSchema })
  .openapi('SupplyRequestResponse');

/** `GET /supply-requests` query. */
export const SupplyListQuery = z.object({
  status: z
    .enum(['open', 'all', ...supplyRequestStatuses])
    .optional()
    .openapi({ description: '`open` (default): not arrived and not superseded.' }),
});

/** `GET /supply-requests` 200. */
export const SupplyListResponse = z
  .object({ supplyRequests: z.array(SupplyRequestSchema) })
  .openapi('SupplyRequestList');

/** A problem with one row of an imported file. */
const ImportIssueSchema = z
  .object({
    line: z.number().int(),
    column: z.string().optional(),
    code: z.string(),
    message: LocalizedMessageSchema,
  })
  .openapi('ShelterImportIssue');

/** `POST /hq/shelters/import` 200. */
export const ImportResponse = z
  .object({
    dryRun: z.boolean(),
    format: z.enum(['gsi_shelters', 'gsi_emergency_sites', 'da_emergency_sites']),
    encoding: z.enum(['utf-8', 'shift_jis']),
    imported: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    rowErrors: z.array(ImportIssueSchema).openapi({ description: 'Rows not imported.' }),
    rowWarnings: z.array(ImportIssueSchema).openapi({ description: 'Rows imported with a fix.' }),
  })
  .openapi('ShelterImportResult');

/** `{ id }` of a supply request. */
export const SupplyParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});
