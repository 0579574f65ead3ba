import type { Announcement } from './announce';
import type { VideoEngine } from './engine';
import type { VideoError } from './errors';
import type {
  ConnectionState,
  DeviceLists,
  EndReason,
  EngineCapabilities,
  Participant,
  VideoSessionDetails,
} from './types';

/** Where the person is: checking devices, connecting, in the call, or after it. */
export type SessionPhase = 'pre-join' | 'joining' | 'in-session' | 'ended';

/** A local camera, microphone or screen share as the UI shows it. */
export interface LocalMediaState {
  /** On (camera sending or previewing, microphone live, screen shared). */
  on: boolean;
  /** A change is in progress; the control waits. */
  pending: boolean;
  /** Why it could not start, until it starts or the person dismisses it. */
  error: VideoError | null;
}

/** Everything the panel renders, as one immutable snapshot. */
export interface VideoSessionSnapshot {
  /** What the token service answered. */
  details: VideoSessionDetails;
  /** Where the person is. */
  phase: SessionPhase;
  /** The connection to the session. */
  connection: ConnectionState;
  /** Why the session ended, in the `ended` phase. */
  endReason: EndReason | null;
  /** Why preparing or joining failed (browser unsupported, could not connect, …). */
  error: VideoError | null;
  /** What the engine can do here; `null` until prepared. */
  capabilities: EngineCapabilities | null;
  /** Devices by kind. */
  devices: DeviceLists;
  /** The chosen devices (`undefined` = the browser's default). */
  selected: { cameraId?: string; microphoneId?: string; speakerId?: string };
  /** The camera. */
  camera: LocalMediaState;
  /** The microphone (`on` = unmuted in session, capturing in preview). */
  microphone: LocalMediaState;
  /** This person's screen share. */
  share: LocalMediaState;
  /** The name others will see. */
  userName: string;
  /** Everyone in the session, self first. */
  participants: readonly Participant[];
  /** The most recent remote speaker, for the speaker layout. */
  activeSpeakerId: string | null;
  /** Whose screen share is on screen, if any. */
  shareParticipantId: string | null;
  /** Audio playback was blocked; a click must resume it. */
  audioBlocked: boolean;
  /** The latest announcements for the live region (at most five). */
  announcements: readonly Announcement[];
}

/** The framework-free session store: subscribe/getSnapshot for React, and the actions the UI calls. */
export interface VideoSession {
  /** The engine underneath. */
  readonly engine: VideoEngine;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current snapshot (same object until something changes). */
  getSnapshot(): VideoSessionSnapshot;
  /** Loads the engine, lists devices and starts the microphone preview (if on). */
  prepare(): Promise<void>;
  /** Shows the camera preview in `slot`, or `null` to stop showing it. */
  setPreviewSlot(slot: HTMLElement | null): void;
  /** Turns the camera on or off (preview or session). */
  setCamera(on: boolean): Promise<void>;
  /** Turns the microphone on or off; in session the first `true` connects audio (a user gesture). */
  setMicrophone(on: boolean): Promise<void>;
  /** Chooses a device. */
  selectDevice(kind: 'camera' | 'microphone' | 'speaker', deviceId: string): Promise<void>;
  /** Sets the name others will see. */
  setUserName(name: string): void;
  /** Joins, then starts audio and video as chosen. Call from the Join button: audio needs the gesture. */
  join(): Promise<void>;
  /** Starts or stops sharing the screen. */
  setSharing(on: boolean): Promise<void>;
  /** Leaves the session (a host may end it for everyone). */
  leave(options?: { endForAll?: boolean }): Promise<void>;
  /** Resumes blocked audio; call from a click. */
  resumeAudio(): Promise<void>;
  /** Clears a device error message. */
  dismissError(kind: 'camera' | 'microphone' | 'share'): void;
  /** Releases the engine and returns to the pre-join phase (the store can be used again). */
  dispose(): Promise<void>;
}

/** Options of {@link createVideoSession}. */
export interface VideoSessionOptions {
  /** The engine to drive. */
  engine: VideoEngine;
  /** What the token service answered. */
  details: VideoSessionDetails;
  /** The current time, for the token expiry check (tests pass a fixed clock). */
  now?: () => number;
}
