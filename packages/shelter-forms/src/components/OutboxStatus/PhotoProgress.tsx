import { Button, type Translate } from '@machi-dx/ui';
import type { OutboxPhoto } from '../../core/outbox/types';

/** Photos of a report that HQ does not have yet and that this device can still send. */
export function photosToSend(photos: readonly OutboxPhoto[] | undefined): number {
  return (photos ?? []).filter(
    (photo) => photo.status === 'waiting' || photo.status === 'uploading',
  ).length;
}

/**
 * "写真 2/3 送信済み" under a report, with what is wrong with the others: refused by HQ (and a
 * button to send them again once HQ fixed it), or not on this device at all.
 */
export function PhotoProgress({
  photos,
  onRetry,
  t,
}: {
  photos: readonly OutboxPhoto[] | undefined;
  /** Present once the report is delivered: refused photos can be sent again. */
  onRetry?: (() => void) | undefined;
  t: Translate;
}) {
  if (!photos?.length) return null;
  const delivered = photos.filter((photo) => photo.status === 'delivered').length;
  const refused = photos.filter((photo) => photo.status === 'needs_attention').length;
  const missing = photos.filter((photo) => photo.status === 'missing').length;
  const state =
    delivered === photos.length ? 'delivered' : refused || missing ? 'needs_attention' : 'waiting';
  return (
    <div className="machi-outbox__photos" data-state={state}>
      <p className="machi-outbox__meta">
        {t('shelter.outbox.photos.progress', { delivered, total: photos.length })}
      </p>
      {refused > 0 && (
        <p className="machi-outbox__reason">
          {t('shelter.outbox.photos.attention', { count: refused })}
        </p>
      )}
      {missing > 0 && (
        <p className="machi-outbox__reason">
          {t('shelter.outbox.photos.missing', { count: missing })}
        </p>
      )}
      {refused > 0 && onRetry && (
        <div className="machi-outbox__actions">
          <Button size="sm" variant="secondary" onClick={onRetry}>
            {t('shelter.outbox.photos.retry')}
          </Button>
        </div>
      )}
    </div>
  );
}
