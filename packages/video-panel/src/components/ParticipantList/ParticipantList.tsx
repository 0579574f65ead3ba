import { VisuallyHidden } from '@machi-dx/ui';
import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import { useVideoSessionContext, useVideoSessionSnapshot } from '../../hooks/useVideoSession';
import { Icon } from '../icons/Icon';
import { NetworkIndicator } from '../NetworkIndicator/NetworkIndicator';
import './participant-list.css';

/** Props of {@link ParticipantList}: a native section's props. */
export interface ParticipantListProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The heading level, to fit the page's outline. Defaults to 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/** Everyone in the session with their microphone, camera, share and network state, in words and icons. */
export const ParticipantList = forwardRef<HTMLElement, ParticipantListProps>(
  function ParticipantList({ headingLevel = 2, className, ...rest }, ref) {
    const t = useVideoPanelTranslator();
    const { participants } = useVideoSessionSnapshot(useVideoSessionContext('ParticipantList'));
    const headingId = useId();
    const Heading = `h${headingLevel}` as const;
    return (
      <section
        ref={ref}
        aria-labelledby={headingId}
        className={className ? `machi-participants ${className}` : 'machi-participants'}
        {...rest}
      >
        <Heading id={headingId} className="machi-participants__title">
          {t('video.participants.title', { count: participants.length })}
        </Heading>
        <ul className="machi-participants__list">
          {participants.map((participant) => (
            <li
              key={participant.id}
              className="machi-participants__item"
              data-speaking={participant.speaking || undefined}
            >
              <span className="machi-participants__name">
                {participant.isSelf ? t('video.you', { name: participant.name }) : participant.name}
                {participant.isHost && (
                  <span className="machi-participants__badge">{t('video.host')}</span>
                )}
              </span>
              <span className="machi-participants__states">
                <Icon name="microphone" crossed={participant.audio !== 'unmuted'} />
                <VisuallyHidden>{t(`video.audio.${participant.audio}`)}</VisuallyHidden>
                <Icon name="camera" crossed={!participant.videoOn} />
                <VisuallyHidden>
                  {t(participant.videoOn ? 'video.camera.on' : 'video.camera.off')}
                </VisuallyHidden>
                {participant.sharing && (
                  <>
                    <Icon name="share" />
                    <VisuallyHidden>{t('video.sharing')}</VisuallyHidden>
                  </>
                )}
                <NetworkIndicator quality={participant.network} />
              </span>
            </li>
          ))}
        </ul>
      </section>
    );
  },
);
