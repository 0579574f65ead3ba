import {
  type DamageKind,
  type DamageSeverity,
  damageKinds,
  damageSeverities,
  type PhotoContentType,
  photoContentTypes,
} from './codes';
import { confirmablePaths, type ReportDefinition } from './definition';
import { datetime, type FieldSpec, oneOf, text } from './fields';

/** The longest side of a photo after resizing on the device. */
export const MAX_PHOTO_DIMENSION = 1600;
/** How many photos one damage report may carry. */
export const MAX_PHOTOS = 3;

/**
 * A photo attached to a damage report. The bytes travel separately, uploaded idempotently on
 * (report id, `sha256`); the report names them so HQ can show which have arrived.
 */
export interface PhotoReference {
  /** SHA-256 of the resized file, lowercase hex. */
  sha256: string;
  contentType: PhotoContentType;
  width: number;
  height: number;
  byteLength: number;
}

/** `data` of a damage report (被害報告). */
export interface DamageReportData {
  /** 被害の種類. */
  damageKind: DamageKind;
  /** 程度. */
  severity: DamageSeverity;
  /** WGS84 latitude; given together with `longitude`. */
  latitude?: number;
  /** WGS84 longitude. */
  longitude?: number;
  /** 住所・目標物: required when there is no latitude/longitude. */
  address?: string;
  /** 状況. */
  description: string;
  /** When the damage was seen. */
  observedAt?: string;
  /** 報告日時. */
  reportedAt: string;
  /** Up to {@link MAX_PHOTOS} photos, resized on the device. */
  photos?: PhotoReference[];
  /** Fields not yet confirmed (未確認). */
  unconfirmedFields?: string[];
}

const photoDimension = {
  type: 'integer',
  min: 1,
  max: MAX_PHOTO_DIMENSION,
  required: true,
} as const;

const fields = {
  damageKind: oneOf(damageKinds, true),
  severity: oneOf(damageSeverities, true),
  latitude: { type: 'number', min: -90, max: 90 },
  longitude: { type: 'number', min: -180, max: 180 },
  address: text(300),
  description: text(2000, true),
  observedAt: datetime(),
  reportedAt: datetime(true),
  photos: {
    type: 'array',
    maxItems: MAX_PHOTOS,
    items: {
      type: 'object',
      fields: {
        sha256: { type: 'string', maxLength: 64, format: 'sha256', required: true },
        contentType: oneOf(photoContentTypes, true),
        width: photoDimension,
        height: photoDimension,
        byteLength: { type: 'integer', min: 1, max: 20_000_000, required: true },
      } satisfies { [K in keyof Required<PhotoReference>]: FieldSpec },
    },
  },
  unconfirmedFields: { type: 'array', items: text(100), maxItems: 50, unique: true },
} as const satisfies { [K in keyof Required<DamageReportData>]: FieldSpec };

/** Validation of damage reports. */
export const damageDefinition: ReportDefinition = {
  fields,
  confirmable: confirmablePaths(fields, ['damageKind', 'reportedAt', 'photos']),
  rules(context) {
    const hasLatitude = context.has('latitude');
    const hasLongitude = context.has('longitude');
    if (hasLatitude !== hasLongitude) {
      context.report(hasLatitude ? 'longitude' : 'latitude', 'required');
    } else if (!hasLatitude && !context.has('address') && !context.isUnconfirmed('address')) {
      context.report('address', 'location_required');
    }
    const photos = context.value('photos');
    if (Array.isArray(photos)) {
      const seen = new Set<unknown>();
      photos.forEach((photo, index) => {
        if (seen.has(photo?.sha256)) context.report(`photos.${index}.sha256`, 'duplicate');
        seen.add(photo?.sha256);
      });
    }
  },
};
