import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { createPortal } from 'react-dom';
import type { Participant } from '../../core/types';
import { usePagination } from '../../hooks/usePagination';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import { useRenderRoot, useVideoRender } from '../../hooks/useVideoRender';
import { useVideoSessionContext, useVideoSessionSnapshot } from '../../hooks/useVideoSession';
import { VideoTile } from './VideoTile';
import './video-stage.css';

/** How the stage arranges people: one large speaker with the others small, or an even gallery. */
export type VideoLayout = 'speaker' | 'gallery';

/** Props of {@link VideoStage}: a native section's props plus the layout. */
export interface VideoStageProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The layout; `speaker` by default (a 1:1 consultation). */
  layout?: VideoLayout;
}

/** Gallery columns for a page of `count` tiles: 1, 2×2, 3×3, 4×4, 5×5. */
function columnsFor(count: number): number {
  return Math.min(5, Math.max(1, Math.ceil(Math.sqrt(count))));
}

/**
 * Everyone's video. Speaker layout: the active speaker (or a received screen share) large, the
 * others in a strip. Gallery: up to 25 on a page, as many as the engine can render, with page
 * buttons. The engine's render roots live here for the whole session; tiles are portalled into them.
 */
export const VideoStage = forwardRef<HTMLElement, VideoStageProps>(function VideoStage(
  { layout = 'speaker', className, ...rest },
  ref,
) {
  const t = useVideoPanelTranslator();
  const session = useVideoSessionContext('VideoStage');
  const { engine } = session;
  const { participants, activeSpeakerId, shareParticipantId, capabilities } =
    useVideoSessionSnapshot(session);
  const [videoHost, videoRoot] = useRenderRoot(engine, 'video');
  const [shareHost, shareRoot] = useRenderRoot(engine, 'share');
  const sharer = participants.find((p) => p.id === shareParticipantId && !p.isSelf);
  const pageSize = Math.min(25, capabilities?.maxRenderableVideos ?? 25);

  let featured: Participant | undefined;
  let others: readonly Participant[] = participants;
  if (layout === 'speaker' && !sharer) {
    featured =
      participants.find((p) => p.id === activeSpeakerId) ??
      participants.find((p) => !p.isSelf) ??
      participants[0];
    others = participants.filter((p) => p !== featured);
  }
  // Beside a speaker or a share, the others sit in a strip of a few; the gallery fills a page.
  const pages = usePagination(others, layout === 'speaker' ? Math.min(5, pageSize - 1) : pageSize);
  const tiles = featured ? [featured, ...pages.items] : pages.items;
  const strip = layout === 'speaker' && (sharer !== undefined || featured !== undefined);

  return (
    <section
      ref={ref}
      aria-label={t('video.stage.label')}
      className={className ? `machi-video-stage ${className}` : 'machi-video-stage'}
      data-layout={layout}
      data-sharing={sharer ? '' : undefined}
      {...rest}
    >
      <div ref={shareHost} className="machi-video-stage__share" hidden={!sharer} />
      {sharer && shareRoot && createPortal(<ShareView participant={sharer} />, shareRoot)}
      <div ref={videoHost} className="machi-video-stage__videos" />
      {videoRoot &&
        createPortal(
          <ul
            className="machi-video-stage__grid"
            data-columns={strip ? undefined : columnsFor(tiles.length)}
            data-strip={strip ? '' : undefined}
          >
            {tiles.map((participant) => (
              <VideoTile
                key={participant.id}
                engine={engine}
                participant={participant}
                featured={participant === featured}
              />
            ))}
          </ul>,
          videoRoot,
        )}
      {participants.length === 1 && (
        <p className="machi-video-stage__alone">{t('video.stage.alone')}</p>
      )}
      {pages.pageCount > 1 && (
        <nav className="machi-video-stage__pages" aria-label={t('video.stage.pages')}>
          <button
            type="button"
            className="machi-video-stage__page machi-focus-ring"
            {...pages.previousProps}
          >
            {t('video.stage.previous')}
          </button>
          <span>{t('video.stage.page', { page: pages.page, count: pages.pageCount })}</span>
          <button
            type="button"
            className="machi-video-stage__page machi-focus-ring"
            {...pages.nextProps}
          >
            {t('video.stage.next')}
          </button>
        </nav>
      )}
    </section>
  );
});

function ShareView({ participant }: { participant: Participant }) {
  const t = useVideoPanelTranslator();
  const { engine } = useVideoSessionContext('VideoStage');
  const slotRef = useVideoRender(engine, participant.id, true, 'share');
  return (
    <figure className="machi-video-stage__share-view">
      <div ref={slotRef} className="machi-video-stage__share-slot" />
      <figcaption>{t('video.stage.sharing', { name: participant.name })}</figcaption>
    </figure>
  );
}
