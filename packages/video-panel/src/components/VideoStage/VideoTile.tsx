import { VisuallyHidden } from '@machi-dx/ui';
import type { VideoEngine } from '../../core/engine';
import type { Participant } from '../../core/types';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import { useVideoRender } from '../../hooks/useVideoRender';
import { Icon } from '../icons/Icon';
import { NetworkIndicator } from '../NetworkIndicator/NetworkIndicator';

/**
 * One person's tile: their video when the camera is on, otherwise a large initial; their name,
 * microphone state and (when poor) network quality are written on it.
 */
export function VideoTile({
  engine,
  participant,
  featured = false,
}: {
  engine: VideoEngine;
  participant: Participant;
  featured?: boolean;
}) {
  const t = useVideoPanelTranslator();
  const slotRef = useVideoRender(engine, participant.id, participant.videoOn);
  const name = participant.isSelf ? t('video.you', { name: participant.name }) : participant.name;
  return (
    <li
      className="machi-video-tile"
      data-video={participant.videoOn ? 'on' : 'off'}
      data-speaking={participant.speaking || undefined}
      data-featured={featured || undefined}
      data-self={participant.isSelf || undefined}
    >
      <span className="machi-video-tile__initial" aria-hidden="true">
        {Array.from(participant.name.trim())[0] ?? '?'}
      </span>
      <div ref={slotRef} className="machi-video-tile__video" />
      <p className="machi-video-tile__label">
        {participant.audio !== 'unmuted' && <Icon name="microphone" crossed />}
        <span>{name}</span>
        {participant.audio !== 'unmuted' && (
          <VisuallyHidden>{t(`video.audio.${participant.audio}`)}</VisuallyHidden>
        )}
        {participant.speaking && <VisuallyHidden>{t('video.speaking')}</VisuallyHidden>}
        {participant.network === 'poor' && <NetworkIndicator quality="poor" />}
      </p>
    </li>
  );
}
