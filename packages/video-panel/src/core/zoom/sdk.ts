// Types only from the SDK: this file is imported by the engine, which must never load the SDK on import.
import type ZoomVideo from '@zoom/videosdk';
import { VideoError } from '../errors';
import type { EndReason, RenderRootKind } from '../types';
import { videoErrorFromZoom } from './errors';
import type { ZoomRoster, ZoomUser } from './roster';

/** The SDK's default export (the `ZoomVideo` namespace). */
export type ZoomSdk = typeof ZoomVideo;
/** `ZoomVideo.createClient()`. */
export type ZoomClient = ReturnType<ZoomSdk['createClient']>;
/** `client.getMediaStream()`. */
export type ZoomStream = ReturnType<ZoomClient['getMediaStream']>;
/** `ZoomVideo.createLocalVideoTrack()`. */
export type ZoomVideoTrack = ReturnType<ZoomSdk['createLocalVideoTrack']>;
/** `ZoomVideo.createLocalAudioTrack()`. */
export type ZoomAudioTrack = ReturnType<ZoomSdk['createLocalAudioTrack']>;

/** A Zoom call result: failures both reject and resolve (as an object or an Error); both throw here. */
export async function run<T>(
  result: Promise<T>,
  device?: 'camera' | 'microphone' | 'screen',
): Promise<Exclude<T, Error | { errorCode: number }>> {
  let value: T;
  try {
    value = await result;
  } catch (error) {
    throw videoErrorFromZoom(error, device);
  }
  if (
    value instanceof Error ||
    (typeof value === 'object' && value !== null && 'errorCode' in value)
  ) {
    throw videoErrorFromZoom(value, device);
  }
  return value as Exclude<T, Error | { errorCode: number }>;
}

/** A muted inline `<video>` (or a `<canvas>`) for the SDK to draw into. */
export function mediaElement(tag: 'video' | 'canvas', hidden = false): HTMLElement {
  const element = document.createElement(tag);
  if (element instanceof HTMLVideoElement) {
    element.muted = true;
    element.playsInline = true;
  }
  element.hidden = hidden;
  return element;
}

/** Zoom's `connection-change` Closed reasons, as {@link EndReason}s. */
export const closedReasons: Record<string, EndReason> = {
  'ended by host': 'ended-by-host',
  'kicked by host': 'removed',
  'expeled by host': 'removed',
};

/** What the engine does with each SDK event it follows. */
export interface ZoomEventSink {
  /** Participants, speakers and network levels go here. */
  roster: ZoomRoster;
  /** `Reconnecting`, or `Connected` again. */
  connection(state: 'reconnecting' | 'connected'): void;
  /** `Closed` (with Zoom's reason) or `Fail`. */
  ended(failed: boolean, reason: string | undefined): void;
  /** Someone started (`userId`) or stopped (`null`) sharing. */
  share(userId: number | null): void;
  /** The browser's own "stop sharing" ended this person's share. */
  shareStopped(): void;
  /** Devices were plugged in or out. */
  devicesChanged(): void;
  /** Audio playback needs a click. */
  audioBlocked(): void;
  /** A device or media pipeline failed. */
  mediaFailed(error: VideoError): void;
}

/** Follows the SDK events a panel needs; returns the function that stops following them. */
export function listenToZoom(client: ZoomClient, sink: ZoomEventSink): () => void {
  // The SDK types each listener by event name; this table is checked by its own annotations instead.
  type Listener = Parameters<ZoomClient['off']>[1];
  const handlers: [string, Listener][] = [
    [
      'connection-change',
      ({ state, reason }: { state: string; reason?: string }) => {
        if (state === 'Reconnecting') sink.connection('reconnecting');
        else if (state === 'Connected') sink.connection('connected');
        else if (state === 'Closed' || state === 'Fail') sink.ended(state === 'Fail', reason);
      },
    ],
    ['user-added', (users: ZoomUser[]) => sink.roster.merge(users)],
    ['user-updated', (users: ZoomUser[]) => sink.roster.merge(users)],
    ['user-removed', (users: ZoomUser[]) => sink.roster.remove(users)],
    [
      'peer-video-state-change',
      ({ action, userId }: { action: string; userId: number }) =>
        sink.roster.merge([{ userId, bVideoOn: action === 'Start' }]),
    ],
    ['active-speaker', (speakers: { userId: number }[]) => sink.roster.setSpeakers(speakers)],
    [
      'network-quality-change',
      ({ userId, type, level }: { userId: number; type: 'uplink' | 'downlink'; level: number }) =>
        sink.roster.setNetwork(userId, type, level),
    ],
    [
      'active-share-change',
      ({ state, userId }: { state: string; userId: number }) =>
        sink.share(state === 'Active' ? userId : null),
    ],
    ['passively-stop-share', () => sink.shareStopped()],
    ['device-change', () => sink.devicesChanged()],
    ['auto-play-audio-failed', () => sink.audioBlocked()],
    ['active-media-failed', () => sink.mediaFailed(new VideoError('media-failed'))],
    [
      'device-permission-change',
      ({ name, state }: { name: string; state: string }) => {
        if (state !== 'denied') return;
        sink.mediaFailed(new VideoError(name === 'camera' ? 'camera-denied' : 'microphone-denied'));
      },
    ],
  ];
  for (const [event, handler] of handlers) client.on(event, handler);
  return () => {
    for (const [event, handler] of handlers) client.off(event, handler);
  };
}

/** A video or share view rendered into a slot (the element arrives after an await). */
export interface Rendered {
  userId: number;
  element: HTMLElement | null;
  kind: RenderRootKind;
}

/** Removes a rendered view and tells the SDK to stop drawing it. */
export async function release(stream: ZoomStream, { userId, element, kind }: Rendered) {
  if (!element) return;
  element.remove();
  const player = element as Parameters<ZoomStream['detachVideo']>[1];
  await (kind === 'video'
    ? stream.detachVideo(userId, player)
    : stream.detachShareView(userId, player)
  ).catch(() => {});
}
