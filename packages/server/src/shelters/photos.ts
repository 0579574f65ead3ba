import { createHash } from 'node:crypto';
import { type PhotoContentType, photoContentTypes } from '@machi-dx/shelter-forms/core';
import { formatTokyoIso } from '@machi-dx/ui/core';
import type { Account } from '../auth/accounts.ts';
import type { Db, DbExecutor } from '../db/types.ts';
import { ApiError, apiError } from '../errors.ts';
import { recordHqEvent } from './events.ts';

/** What the server answers for a stored photo, the first time and for every repeat. */
export interface PhotoReceipt {
  reportId: string;
  sha256: string;
  contentType: PhotoContentType;
  byteLength: number;
  /** When the server first stored it, ISO 8601 in Tokyo time. */
  receivedAt: string;
}

/** What {@link receivePhoto} needs: the path, the raw bytes and their Content-Type header. */
export interface PhotoUpload {
  shelterId: string;
  reportId: string;
  sha256: string;
  contentType: string | undefined;
  bytes: Uint8Array;
  account: Account;
}

function invalid(path: string, code: string, ja: string, en: string): ApiError {
  return apiError('validation_failed', { errors: [{ path, code, message: { ja, en } }] });
}

/** The media type of a Content-Type header, lowercased, without parameters. */
export function mediaType(header: string | undefined): string | undefined {
  return header?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/** Whether the bytes start as a file of this type says they must (so nosniff serving is honest). */
export function hasSignatureOf(bytes: Uint8Array, type: PhotoContentType): boolean {
  const starts = (offset: number, signature: readonly number[]) =>
    signature.every((byte, index) => bytes[offset + index] === byte);
  if (type === 'image/jpeg') return starts(0, [0xff, 0xd8, 0xff]);
  if (type === 'image/png') return starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // RIFF....WEBP
  return starts(0, [0x52, 0x49, 0x46, 0x46]) && starts(8, [0x57, 0x45, 0x42, 0x50]);
}

function reportNotFound(): ApiError {
  return new ApiError(404, 'report_not_found', {
    ja: 'この写真の報告はまだ届いていません。報告が届いてから、もう一度送ってください。',
    en: 'The report of this photo has not arrived yet. Send the photo again once it has.',
  });
}

/**
 * Checks a photo without the database: an allowed Content-Type, bytes that are not empty, whose
 * SHA-256 is the one in the path and that begin as that type of file. Throws 422 otherwise.
 */
export function checkPhotoBytes(input: Omit<PhotoUpload, 'account' | 'shelterId' | 'reportId'>) {
  const type = mediaType(input.contentType);
  if (!type || !(photoContentTypes as readonly string[]).includes(type)) {
    throw invalid(
      'contentType',
      'unsupported_photo_type',
      '写真は JPEG、PNG、WebP のいずれかで送ってください。',
      'Send the photo as JPEG, PNG or WebP.',
    );
  }
  if (input.bytes.byteLength === 0) {
    throw invalid('body', 'required', '写真のデータがありません。', 'The photo has no data.');
  }
  const actual = createHash('sha256').update(input.bytes).digest('hex');
  if (actual !== input.sha256) {
    throw invalid(
      'sha256',
      'photo_hash_mismatch',
      '写真のデータが途中で変わりました（SHA-256 が一致しません）。もう一度送ってください。',
      'The photo data does not match its SHA-256: it changed on the way. Send it again.',
    );
  }
  if (!hasSignatureOf(input.bytes, type as PhotoContentType)) {
    throw invalid(
      'contentType',
      'photo_type_mismatch',
      '写真のデータが、指定された形式と一致しません。',
      'The photo data is not of the type it was sent as.',
    );
  }
  return type as PhotoContentType;
}

interface ReportRow {
  shelter_id: string;
  photos: unknown;
}

interface PhotoRow {
  content_type: PhotoContentType;
  byte_length: number;
  received_at: Date;
}

/**
 * Stores a photo of a report exactly once, keyed on (report id, SHA-256): 201 the first time, 200
 * for a repeat. The report must have arrived (404 `report_not_found`, worth retrying), belong to
 * the shelter of the path (403) and list the photo in `data.photos` with this type (422). Every
 * refusal happens before the insert, so nothing is written on any 4xx.
 */
export async function receivePhoto(
  db: Db,
  input: PhotoUpload,
): Promise<{ created: boolean; photo: PhotoReceipt }> {
  const contentType = checkPhotoBytes(input);
  const { reportId, sha256, shelterId } = input;
  return db.transaction(async (tx) => {
    const [report] = await tx.query<ReportRow>(
      `select shelter_id, data->'photos' as photos from shelter_reports where id = $1`,
      [reportId],
    );
    if (!report) throw reportNotFound();
    if (report.shelter_id !== shelterId) throw apiError('forbidden');
    const listed = Array.isArray(report.photos)
      ? (report.photos as { sha256?: unknown; contentType?: unknown; byteLength?: unknown }[]).find(
          (photo) => photo?.sha256 === sha256,
        )
      : undefined;
    if (!listed) {
      throw invalid(
        'sha256',
        'photo_not_in_report',
        'この写真は報告に含まれていません。',
        'The report does not list this photo.',
      );
    }
    if (listed.contentType !== contentType || listed.byteLength !== input.bytes.byteLength) {
      throw invalid(
        'contentType',
        'photo_type_mismatch',
        '写真の形式または大きさが、報告に書かれたものと一致しません。',
        'The type or size of the photo differs from what the report lists.',
      );
    }
    const [inserted] = await tx.query<PhotoRow>(
      `insert into shelter_report_photos
         (report_id, sha256, shelter_id, content_type, byte_length, bytes, account_id)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (report_id, sha256) do nothing
       returning content_type, byte_length, received_at`,
      [
        reportId,
        sha256,
        shelterId,
        contentType,
        input.bytes.byteLength,
        input.bytes,
        input.account.id,
      ],
    );
    const row =
      inserted ??
      (
        await tx.query<PhotoRow>(
          `select content_type, byte_length, received_at from shelter_report_photos
           where report_id = $1 and sha256 = $2`,
          [reportId, sha256],
        )
      )[0];
    if (!row) throw new Error('photo vanished after a conflicting insert');
    const photo: PhotoReceipt = {
      reportId,
      sha256,
      contentType: row.content_type,
      byteLength: Number(row.byte_length),
      receivedAt: formatTokyoIso(row.received_at),
    };
    if (inserted) {
      await recordHqEvent(tx, 'photo_received', {
        reportId,
        shelterId,
        sha256,
        receivedAt: photo.receivedAt,
      });
    }
    return { created: Boolean(inserted), photo };
  });
}

/** A stored photo's bytes and headers, for `GET …/photos/{sha256}`. */
export interface StoredPhoto {
  contentType: PhotoContentType;
  bytes: Uint8Array;
}

/** The photo of a report of this shelter, or undefined. */
export async function loadPhoto(
  db: DbExecutor,
  shelterId: string,
  reportId: string,
  sha256: string,
): Promise<StoredPhoto | undefined> {
  const [row] = await db.query<{ content_type: PhotoContentType; bytes: Uint8Array }>(
    `select content_type, bytes from shelter_report_photos
     where report_id = $1 and sha256 = $2 and shelter_id = $3`,
    [reportId, sha256, shelterId],
  );
  return row && { contentType: row.content_type, bytes: new Uint8Array(row.bytes) };
}

/** A photo a report lists, with whether its bytes have arrived (for the report answers). */
export interface ListedPhoto {
  sha256: string;
  contentType: string;
  byteLength: number;
  width?: number;
  height?: number;
  received: boolean;
  receivedAt?: string;
  /** Where HQ and the shelter view it, once received. */
  url?: string;
}

/** Where a photo is served (the same path it is PUT to). */
export function photoPath(shelterId: string, reportId: string, sha256: string): string {
  return `/api/v1/shelters/${shelterId}/reports/${reportId}/photos/${sha256}`;
}

/** For each report id, the SHA-256s of its photos that arrived, with when. */
export async function receivedPhotos(
  db: DbExecutor,
  reportIds: readonly string[],
): Promise<Map<string, Map<string, Date>>> {
  const byReport = new Map<string, Map<string, Date>>();
  if (reportIds.length === 0) return byReport;
  const rows = await db.query<{ report_id: string; sha256: string; received_at: Date }>(
    `select report_id, sha256, received_at from shelter_report_photos
     where report_id = any($1::uuid[])`,
    [reportIds],
  );
  for (const row of rows) {
    const photos = byReport.get(row.report_id) ?? new Map<string, Date>();
    photos.set(row.sha256, row.received_at);
    byReport.set(row.report_id, photos);
  }
  return byReport;
}

/** The photos a report's data lists, each marked received or not; undefined when it lists none. */
export function listedPhotos(
  shelterId: string,
  reportId: string,
  data: Record<string, unknown>,
  received: Map<string, Date> | undefined,
): ListedPhoto[] | undefined {
  if (!Array.isArray(data.photos) || data.photos.length === 0) return undefined;
  return (data.photos as Record<string, unknown>[]).map((photo) => {
    const sha256 = String(photo.sha256);
    const at = received?.get(sha256);
    return {
      sha256,
      contentType: String(photo.contentType),
      byteLength: Number(photo.byteLength),
      ...(typeof photo.width === 'number' ? { width: photo.width } : {}),
      ...(typeof photo.height === 'number' ? { height: photo.height } : {}),
      received: at !== undefined,
      ...(at
        ? { receivedAt: formatTokyoIso(at), url: photoPath(shelterId, reportId, sha256) }
        : {}),
    };
  });
}

/** Photos the current reports list (corrected ones left out), and how many arrived (HQ overview). */
export async function photoTotals(
  db: DbExecutor,
): Promise<{ listed: number; received: number; missing: number }> {
  const [row] = await db.query<{ listed: number; received: number }>(
    `select count(*) as listed, count(p.report_id) as received
     from shelter_reports r
     cross join lateral jsonb_array_elements(
       case when jsonb_typeof(r.data->'photos') = 'array' then r.data->'photos' else '[]'::jsonb end
     ) as ref
     left join shelter_report_photos p on p.report_id = r.id and p.sha256 = ref->>'sha256'
     -- A corrected report's photos travel with its correction.
     where not exists (
       select 1 from shelter_reports c where c.supersedes = r.id and c.shelter_id = r.shelter_id
     )`,
  );
  const listed = Number(row?.listed ?? 0);
  const received = Number(row?.received ?? 0);
  return { listed, received, missing: listed - received };
}
