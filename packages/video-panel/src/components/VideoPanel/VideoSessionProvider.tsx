import type { ReactNode } from 'react';
import type { VideoSession } from '../../core/session-types';
import { VideoSessionContext } from '../../hooks/useVideoSession';

/** Props of {@link VideoSessionProvider}. */
export interface VideoSessionProviderProps {
  /** The session the parts inside read and drive (from `useCreateVideoSession`). */
  session: VideoSession;
  /** Your own arrangement of PreJoin, VideoStage, ControlBar, ParticipantList… */
  children?: ReactNode;
}

/** Gives the panel's parts a session, for a layout of your own instead of `<VideoPanel>`. */
export function VideoSessionProvider({ session, children }: VideoSessionProviderProps) {
  return <VideoSessionContext.Provider value={session}>{children}</VideoSessionContext.Provider>;
}
