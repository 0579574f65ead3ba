import { Spinner, useControllableState, VisuallyHidden } from '@machi-dx/ui';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import type { CreateVideoEngineOptions } from '../../core/createVideoEngine';
import type { VideoEngine } from '../../core/engine';
import type { SessionPhase } from '../../core/session-types';
import type { VideoSessionDetails } from '../../core/types';
import { useVideoPanelTranslator } from '../../hooks/useVideoPanelTranslator';
import {
  useCreateVideoSession,
  useVideoSessionSnapshot,
  VideoSessionContext,
} from '../../hooks/useVideoSession';
import { ControlBar } from '../ControlBar/ControlBar';
import { EngineBadge } from '../EngineBadge/EngineBadge';
import { NetworkIndicator } from '../NetworkIndicator/NetworkIndicator';
import { ParticipantList } from '../ParticipantList/ParticipantList';
import { PreJoin } from '../PreJoin/PreJoin';
import { ReconnectingBanner } from '../ReconnectingBanner/ReconnectingBanner';
import { SessionAnnouncer } from '../SessionAnnouncer/SessionAnnouncer';
import { SessionEnded } from '../SessionEnded/SessionEnded';
import { type VideoLayout, VideoStage } from '../VideoStage/VideoStage';
import { SessionNotices } from './SessionNotices';
import './video-panel.css';

/** Props of {@link VideoPanel}: a native section's props plus the session to run. */
export interface VideoPanelProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** What the token service answered: `{ engine, token?, sessionName, userName, role, expiresAt }`. */
  session: VideoSessionDetails;
  /** Your own engine (another SDK, or a scripted SimulatedEngine); otherwise made from `session.engine`. */
  engine?: VideoEngine;
  /** Options for the engine made from `session.engine` (e.g. `{ zoom: { dependentAssets } }`). */
  engineOptions?: CreateVideoEngineOptions;
  /** The stage layout, when the parent owns it. */
  layout?: VideoLayout;
  /** The first layout, when the panel owns it. Defaults to `speaker`. */
  defaultLayout?: VideoLayout;
  /** Called when the person switches layout. */
  onLayoutChange?: (layout: VideoLayout) => void;
  /** Called when the person moves between pre-join, joining, the session and its end. */
  onPhaseChange?: (phase: SessionPhase) => void;
  /** Listen to the keyboard shortcuts (Alt+A, Alt+V, …) during the session. Defaults to `true`. */
  shortcuts?: boolean;
  /** The level of the panel's headings, to fit the page's outline. Defaults to 2. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Next steps shown after the session (e.g. a "book again" link). */
  endedActions?: ReactNode;
}

/**
 * The whole video consultation in one component: pre-join (devices, name) → joining → the session
 * (stage, controls, participants, reconnecting banner, live announcements) → the end. Says "demo
 * mode" plainly on the simulated engine. Unmounting stops every track and leaves the session.
 */
export const VideoPanel = forwardRef<HTMLElement, VideoPanelProps>(function VideoPanel(
  {
    session: details,
    engine,
    engineOptions,
    layout: layoutProp,
    defaultLayout = 'speaker',
    onLayoutChange,
    onPhaseChange,
    shortcuts = true,
    headingLevel = 2,
    endedActions,
    className,
    ...rest
  },
  ref,
) {
  const t = useVideoPanelTranslator();
  const session = useCreateVideoSession({ details, engine, engineOptions });
  const { phase, participants } = useVideoSessionSnapshot(session);
  const [layout, setLayout] = useControllableState({
    value: layoutProp,
    defaultValue: defaultLayout,
    onChange: onLayoutChange,
  });
  const [participantsOpen, setParticipantsOpen] = useState(false);
  const participantsId = useId();
  const self = participants.find((participant) => participant.isSelf);
  const Heading = `h${headingLevel}` as const;

  // Focus follows the phase, so keyboard and screen-reader users are not left on a removed button.
  const phaseRef = useRef<HTMLHeadingElement & HTMLDivElement>(null);
  const onPhaseChangeRef = useRef(onPhaseChange);
  onPhaseChangeRef.current = onPhaseChange;
  useEffect(() => {
    onPhaseChangeRef.current?.(phase);
    if (phase === 'joining' || phase === 'in-session') phaseRef.current?.focus();
  }, [phase]);

  return (
    <VideoSessionContext.Provider value={session}>
      <section
        ref={ref}
        aria-label={t('video.panel.label')}
        className={className ? `machi-video-panel ${className}` : 'machi-video-panel'}
        data-phase={phase}
        data-engine={session.engine.kind}
        {...rest}
      >
        {session.engine.kind === 'simulated' && (
          <p className="machi-video-panel__demo">
            <EngineBadge engine="simulated" />
            <span>{t('video.demo.description')}</span>
          </p>
        )}
        <SessionAnnouncer />
        {phase === 'pre-join' && <PreJoin headingLevel={headingLevel} />}
        {phase === 'joining' && (
          <div ref={phaseRef} tabIndex={-1} className="machi-video-panel__joining">
            <Spinner size="lg" label={t('video.joining')} />
          </div>
        )}
        {phase === 'in-session' && (
          <>
            <div className="machi-video-panel__status">
              <Heading ref={phaseRef} tabIndex={-1} className="machi-video-panel__heading">
                <VisuallyHidden>{t('video.inSession')}</VisuallyHidden>
              </Heading>
              {self && <NetworkIndicator quality={self.network} showLabel />}
            </div>
            <ReconnectingBanner />
            <SessionNotices />
            <div
              className="machi-video-panel__body"
              data-participants={participantsOpen || undefined}
            >
              <VideoStage layout={layout} />
              {participantsOpen && <ParticipantList id={participantsId} headingLevel={3} />}
            </div>
            <ControlBar
              layout={layout}
              onLayoutChange={setLayout}
              participantsOpen={participantsOpen}
              onParticipantsOpenChange={setParticipantsOpen}
              participantsId={participantsId}
              shortcuts={shortcuts}
            />
          </>
        )}
        {phase === 'ended' && (
          <SessionEnded headingLevel={headingLevel}>{endedActions}</SessionEnded>
        )}
      </section>
    </VideoSessionContext.Provider>
  );
});
