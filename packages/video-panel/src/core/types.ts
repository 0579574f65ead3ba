import type { VideoError } from './errors';

/** Which engine runs a video session: the Zoom Video SDK, or the simulated engine used for demos and tests. */
export const videoEngineKinds = ['zoom', 'simulated'] as const;

/** One of {@link videoEngineKinds}. */
export type VideoEngineKind = (typeof videoEngineKinds)[number];

/** Whether a value is a known VideoEngineKind. */
export function isVideoEngineKind(value: unknown): value is VideoEngineKind {
  return typeof value === 'string' && (videoEngineKinds as readonly string[]).includes(value);
}

/** A participant's role: the host (a specialist) may end the session for everyone. */
export type VideoRole = 'host' | 'participant';

/**
 * What the token service (`POST /api/v1/video/token`) answers, passed to the panel as is.
 * `token` is absent for the simulated engine.
 */
export interface VideoSessionDetails {
  /** Which engine to run. */
  engine: VideoEngineKind;
  /** The signed Video SDK JWT (Zoom only); never created in the browser. */
  token?: string | undefined;
  /** The session (Zoom `tpc`) to join; must equal the token's topic. */
  sessionName: string;
  /** The name shown to others; the pre-join screen lets the person change it. */
  userName: string;
  /** `host` for the specialist, `participant` for the resident. */
  role: VideoRole;
  /** When the token expires (ISO 8601); joining after it asks for a reload. */
  expiresAt?: string | undefined;
}

/**
 * The connection to the session: `closed` is a normal end (see {@link EndReason}), `failed` a
 * terminal error. `reconnecting` is automatic — never re-join while in it.
 */
export type ConnectionState =
  | 'idle'
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'closed'
  | 'failed';

/** Why a session ended for this person. */
export type EndReason = 'left' | 'ended-for-all' | 'ended-by-host' | 'removed' | 'failed';

/** A participant's microphone: not connected to audio, muted, or live. */
export type AudioState = 'off' | 'muted' | 'unmuted';

/** Network quality in three steps (Zoom levels 0–1 poor, 2 fair, 3–5 good), or not yet known. */
export type NetworkQuality = 'unknown' | 'poor' | 'fair' | 'good';

/** Maps a Zoom-style network level (0–5) to {@link NetworkQuality}. */
export function networkQualityFromLevel(level: number): NetworkQuality {
  if (!Number.isFinite(level)) return 'unknown';
  return level <= 1 ? 'poor' : level === 2 ? 'fair' : 'good';
}

/** One person in the session, as every engine reports it. */
export interface Participant {
  /** Stable within a session (Zoom's numeric user id as a string). */
  id: string;
  /** Display name. */
  name: string;
  /** This browser's own participant. */
  isSelf: boolean;
  /** Host or co-host. */
  isHost: boolean;
  /** Microphone state. */
  audio: AudioState;
  /** Camera sending video. */
  videoOn: boolean;
  /** Sharing a screen. */
  sharing: boolean;
  /** Speaking now (active speaker or audio level above the threshold). */
  speaking: boolean;
  /** The worse of uplink and downlink, as last reported. */
  network: NetworkQuality;
}

/** A camera, microphone or speaker. */
export interface VideoDevice {
  /** The browser's device id. */
  deviceId: string;
  /** Human-readable label (empty before permission is granted). */
  label: string;
}

/** The devices an engine can use, by kind. */
export interface DeviceLists {
  /** Video inputs. */
  cameras: readonly VideoDevice[];
  /** Audio inputs. */
  microphones: readonly VideoDevice[];
  /** Audio outputs (empty where the browser cannot choose one, e.g. Safari). */
  speakers: readonly VideoDevice[];
}

/** What this engine can do in this browser; decides which controls appear. */
export interface EngineCapabilities {
  /** Capture and send a screen. */
  screenShare: boolean;
  /** Choose the audio output device. */
  speakerSelection: boolean;
  /** How many videos can render at once; the gallery pages by it (at most 25). */
  maxRenderableVideos: number;
}

/** Which render root a stage asks for: participants' videos, or a received screen share. */
export type RenderRootKind = 'video' | 'share';

/** Arguments of {@link VideoEngine.join}. */
export interface JoinParams {
  /** Session name (Zoom topic). */
  sessionName: string;
  /** Signed token, where the engine needs one. */
  token?: string | undefined;
  /** Display name. */
  userName: string;
  /** Host or participant. */
  role: VideoRole;
}

/** Payload of the `connection` event. */
export interface ConnectionChange {
  /** The new state. */
  state: ConnectionState;
  /** Why it closed, with `closed` and `failed`. */
  reason?: EndReason | undefined;
  /** What went wrong, with `failed`. */
  error?: VideoError | undefined;
}

/** Typed events every engine emits. */
export interface VideoEngineEventMap {
  /** The connection changed. */
  connection: ConnectionChange;
  /** The participant list changed (whole list, self included). */
  participants: readonly Participant[];
  /** Who is sharing a screen now, or `null`. */
  share: string | null;
  /** Devices were plugged in or out. */
  devices: DeviceLists;
  /** Capabilities became known or changed (e.g. the render limit after join). */
  capabilities: EngineCapabilities;
  /** The browser blocked audio playback until the next click. */
  'audio-blocked': undefined;
  /** A device or media pipeline failed during the session. */
  'media-failed': VideoError;
}

/** A listener for one event type. */
export type VideoEngineListener<K extends keyof VideoEngineEventMap> = (
  payload: VideoEngineEventMap[K],
) => void;
