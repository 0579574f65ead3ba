import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { type CreateVideoEngineOptions, createVideoEngine } from '../core/createVideoEngine';
import type { VideoEngine } from '../core/engine';
import { createVideoSession } from '../core/session';
import type { VideoSession, VideoSessionSnapshot } from '../core/session-types';
import type { VideoSessionDetails } from '../core/types';

/** The session the panel's parts read; provided by VideoPanel or by VideoSessionProvider. */
export const VideoSessionContext = createContext<VideoSession | null>(null);

/** The session from the nearest provider; throws outside one, naming the part that needs it. */
export function useVideoSessionContext(part = 'This component'): VideoSession {
  const session = useContext(VideoSessionContext);
  if (!session) throw new Error(`${part} must be inside <VideoPanel> or <VideoSessionProvider>.`);
  return session;
}

/** The session's current snapshot; re-renders on every change (useSyncExternalStore). */
export function useVideoSessionSnapshot(session: VideoSession): VideoSessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
}

/** Options of {@link useCreateVideoSession}. */
export interface UseCreateVideoSessionOptions {
  /** What the token service answered. */
  details: VideoSessionDetails;
  /** Your own engine (another SDK, or a scripted SimulatedEngine); otherwise made from `details.engine`. */
  engine?: VideoEngine | undefined;
  /** Options for the engine made from `details.engine`. */
  engineOptions?: CreateVideoEngineOptions | undefined;
}

/**
 * Creates one session store for the component's lifetime and releases it on unmount: every track
 * stops, the session is left and the SDK destroyed. Give the component a `key` to start over.
 */
export function useCreateVideoSession({
  details,
  engine,
  engineOptions,
}: UseCreateVideoSessionOptions): VideoSession {
  const [session] = useState(() =>
    createVideoSession({
      engine: engine ?? createVideoEngine(details.engine, engineOptions),
      details,
    }),
  );
  useEffect(
    () => () => {
      void session.dispose();
    },
    [session],
  );
  return session;
}
