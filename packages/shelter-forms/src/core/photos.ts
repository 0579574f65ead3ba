import { MAX_PHOTO_DIMENSION, type PhotoReference } from './validation/damage';

/** Width and height that fit within `max` on the longer side, keeping the aspect ratio; never enlarged. */
export function fitWithin(
  width: number,
  height: number,
  max = MAX_PHOTO_DIMENSION,
): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** SHA-256 of some bytes as lowercase hex: the idempotency key of a photo upload. */
export async function sha256Hex(data: Blob | ArrayBuffer | Uint8Array): Promise<string> {
  // Duck-typed rather than instanceof: buffers and blobs may come from another realm (iframe, jsdom).
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : isBlob(data)
      ? new Uint8Array(await readBlob(data))
      : new Uint8Array(data);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function isBlob(data: Blob | ArrayBuffer): data is Blob {
  return typeof (data as Blob).size === 'number' && typeof (data as Blob).type === 'string';
}

/** The bytes of a blob (also where Blob#arrayBuffer is missing: jsdom, old Safari). */
export function readBlob(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  // jsdom and old Safari lack Blob#arrayBuffer.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** A decoded image ready to draw. */
export interface DecodedImage {
  source: CanvasImageSource;
  width: number;
  height: number;
  close?(): void;
}

/** How photos are decoded and encoded; the default uses the browser (replace it in tests). */
export interface PhotoCodec {
  decode(file: Blob): Promise<DecodedImage>;
  encode(
    image: DecodedImage,
    width: number,
    height: number,
    type: string,
    quality: number,
  ): Promise<Blob>;
}

/** The browser codec: `createImageBitmap` (EXIF orientation applied) and OffscreenCanvas or <canvas>. */
export const browserPhotoCodec: PhotoCodec = {
  async decode(file) {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return {
      source: bitmap,
      width: bitmap.width,
      height: bitmap.height,
      close: () => bitmap.close(),
    };
  },
  async encode(image, width, height, type, quality) {
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      canvas.getContext('2d')?.drawImage(image.source, 0, 0, width, height);
      return canvas.convertToBlob({ type, quality });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.drawImage(image.source, 0, 0, width, height);
    return new Promise((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('encode failed'))),
        type,
        quality,
      ),
    );
  },
};

/** Options of {@link preparePhoto}. */
export interface PreparePhotoOptions {
  /** Longest side in pixels. Default 1600. */
  maxDimension?: number;
  /** Default JPEG: what every phone and HQ PC can show. */
  type?: 'image/jpeg' | 'image/webp';
  /** 0–1. Default 0.82, legible text on signs at a fraction of the bytes. */
  quality?: number;
  codec?: PhotoCodec;
}

/** A photo resized on the device, with its reference for the report. */
export interface PreparedPhoto {
  blob: Blob;
  reference: PhotoReference;
}

/**
 * Resizes a photo on the device to at most 1600 px and hashes it. Every photo is re-encoded, even
 * a small one: that also drops EXIF metadata such as the GPS position of the person who took it.
 * Upload the blob separately, keyed on (report id, `reference.sha256`), so a retry never duplicates it.
 */
export async function preparePhoto(
  file: Blob,
  options: PreparePhotoOptions = {},
): Promise<PreparedPhoto> {
  const { maxDimension = MAX_PHOTO_DIMENSION, type = 'image/jpeg', quality = 0.82 } = options;
  const codec = options.codec ?? browserPhotoCodec;
  const image = await codec.decode(file);
  try {
    const size = fitWithin(image.width, image.height, maxDimension);
    const blob = await codec.encode(image, size.width, size.height, type, quality);
    return {
      blob,
      reference: {
        sha256: await sha256Hex(blob),
        contentType: type,
        width: size.width,
        height: size.height,
        byteLength: blob.size,
      },
    };
  } finally {
    image.close?.();
  }
}

/** Where a photo is PUT: idempotent on (report id, SHA-256), so retries and resends are harmless. */
export function photoUploadPath(shelterId: string, reportId: string, sha256: string): string {
  return `/api/v1/shelters/${encodeURIComponent(shelterId)}/reports/${encodeURIComponent(reportId)}/photos/${sha256}`;
}
