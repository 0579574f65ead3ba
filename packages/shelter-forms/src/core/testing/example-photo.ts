import type { Outbox } from '../outbox/outbox';
import { type PreparedPhoto, sha256Hex } from '../photos';
import type { PhotoReference } from '../validation/damage';
import { exampleReportData } from '../validation/fixtures';

/**
 * A small "JPEG" (its first bytes are a JPEG's, the rest a pattern per seed), hashed as
 * `preparePhoto` hashes: a photo for stories and tests without a canvas.
 */
export async function examplePhoto(seed: number): Promise<PreparedPhoto> {
  const bytes = new Uint8Array(1024);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  for (let index = 4; index < bytes.length; index += 1) bytes[index] = (index * (seed + 3)) % 251;
  const blob = new Blob([bytes], { type: 'image/jpeg' });
  const reference = {
    sha256: await sha256Hex(bytes),
    contentType: 'image/jpeg' as const,
    width: 1600,
    height: 1200,
    byteLength: bytes.length,
  };
  return { blob, reference };
}

/**
 * Queues a damage report of `shelterId` with these photos saved on the device, listing `missing`
 * as well (photos the report names that this device does not have); answers the report id.
 */
export async function queueDamageWithPhotos(
  outbox: Outbox,
  shelterId: string,
  photos: readonly PreparedPhoto[],
  missing: readonly PhotoReference[] = [],
): Promise<string> {
  const draft = await outbox.createDraft({ shelterId, kind: 'damage' });
  for (const photo of photos) await outbox.attachPhoto(draft.id, photo);
  await outbox.saveDraft(draft.id, {
    ...exampleReportData.damage,
    photos: [...photos.map((photo) => photo.reference), ...missing],
  });
  await outbox.submit(draft.id);
  return draft.id;
}
