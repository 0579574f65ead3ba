import type {
  DeviceLists,
  EngineCapabilities,
  JoinParams,
  RenderRootKind,
  VideoEngineEventMap,
  VideoEngineKind,
  VideoEngineListener,
} from './types';

/**
 * What the React layer needs from a video SDK. ZoomEngine and SimulatedEngine implement it; another
 * SDK (Twilio, LiveKit, an in-house SFU) can be put behind the panel by implementing it too.
 *
 * Order of use: `prepare` → preview (`startPreviewVideo` / `startPreviewAudio`) → `join` →
 * session media (`startAudio` only from a user gesture) → `leave` → `destroy`. Failures reject with
 * a {@link VideoError}. An engine must be reusable after `destroy` (React Strict Mode remounts).
 */
export interface VideoEngine {
  /** Which engine this is; the panel says "demo mode" plainly for `simulated`. */
  readonly kind: VideoEngineKind;

  /** Listens to one event; returns the function that stops listening. */
  on<K extends keyof VideoEngineEventMap>(type: K, listener: VideoEngineListener<K>): () => void;

  /** Loads what the engine needs (the Zoom SDK is imported here, never earlier) and checks the browser. */
  prepare(): Promise<EngineCapabilities>;
  /** Lists cameras, microphones and speakers (asking for permission where the browser needs it). */
  listDevices(): Promise<DeviceLists>;

  /** Starts the local camera preview inside `slot` (before joining). */
  startPreviewVideo(slot: HTMLElement, deviceId?: string): Promise<void>;
  /** Stops the preview camera; its track ends and the camera light goes off. */
  stopPreviewVideo(): Promise<void>;
  /** Starts capturing the microphone for the level meter (nobody hears it). */
  startPreviewAudio(deviceId?: string): Promise<void>;
  /** Stops the preview microphone. */
  stopPreviewAudio(): Promise<void>;
  /** The preview microphone's level, 0–1, for a meter. */
  getPreviewAudioLevel(): number;

  /** Joins the session; stops the previews first. Does not start audio (see {@link startAudio}). */
  join(params: JoinParams): Promise<void>;
  /** Leaves; a host may end the session for everyone. Stops every local track. */
  leave(options?: { endForAll?: boolean }): Promise<void>;

  /** Connects audio. Call only from a user gesture: browsers block audio started otherwise. */
  startAudio(options: { muted: boolean; microphoneId?: string; speakerId?: string }): Promise<void>;
  /** Retries audio playback after `audio-blocked`, from a click. */
  resumeAudio(): Promise<void>;
  /** Mutes the microphone. */
  muteAudio(): Promise<void>;
  /** Unmutes the microphone. */
  unmuteAudio(): Promise<void>;
  /** Starts sending the camera. */
  startVideo(deviceId?: string): Promise<void>;
  /** Stops sending the camera; its track ends. */
  stopVideo(): Promise<void>;
  /** Switches the camera in use (in session). */
  switchCamera(deviceId: string): Promise<void>;
  /** Switches the microphone in use (in session). */
  switchMicrophone(deviceId: string): Promise<void>;
  /** Switches the speaker (where {@link EngineCapabilities.speakerSelection}). */
  switchSpeaker(deviceId: string): Promise<void>;
  /** Starts sharing a screen (the browser asks which one). */
  startShare(): Promise<void>;
  /** Stops sharing. */
  stopShare(): Promise<void>;

  /**
   * Returns the long-lived element videos (or a received share) render into, created on first call
   * and moved into `host`. Zoom needs exactly one such container per kind for the whole session.
   */
  mountRenderRoot(host: HTMLElement, kind: RenderRootKind): HTMLElement;
  /** Renders a participant's video into `slot` (inside the video render root). */
  attachVideo(participantId: string, slot: HTMLElement): Promise<void>;
  /** Stops rendering a participant's video into `slot`. */
  detachVideo(participantId: string, slot: HTMLElement): Promise<void>;
  /** Renders a received screen share into `slot` (inside the share render root). */
  attachShare(participantId: string, slot: HTMLElement): Promise<void>;
  /** Stops rendering a received share. */
  detachShare(participantId: string, slot: HTMLElement): Promise<void>;

  /** Stops every track, leaves, releases the SDK and the render roots. The engine can be used again. */
  destroy(): Promise<void>;
}

/** The typed event emitter both engines extend; extend it to put another SDK behind the panel. */
export class VideoEngineEmitter {
  private readonly listeners = new Map<string, Set<(payload: never) => void>>();

  /** Adds a listener; returns its remover. */
  on<K extends keyof VideoEngineEventMap>(type: K, listener: VideoEngineListener<K>): () => void {
    const set = this.listeners.get(type) ?? new Set();
    this.listeners.set(type, set);
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  }

  /** Calls every listener of `type`; one throwing listener does not silence the others. */
  protected emit<K extends keyof VideoEngineEventMap>(
    type: K,
    payload: VideoEngineEventMap[K],
  ): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) {
      try {
        (listener as VideoEngineListener<K>)(payload);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
