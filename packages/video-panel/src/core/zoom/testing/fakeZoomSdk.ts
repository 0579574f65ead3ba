// A stand-in for `@zoom/videosdk` in tests: every call is logged in order, and SDK events can be
// fired by hand. Only what the engine uses is implemented.
import { vi } from 'vitest';

/** A user as the fake SDK holds it. */
export interface FakeUser {
  userId: number;
  displayName: string;
  audio?: '' | 'computer';
  muted?: boolean;
  bVideoOn?: boolean;
  sharerOn?: boolean;
  isHost?: boolean;
}

/** Creates a fresh fake SDK; `log` records every call in order. */
export function createFakeZoomSdk(options: { selfId?: number; users?: FakeUser[] } = {}) {
  const log: string[] = [];
  const handlers = new Map<string, Set<(payload: unknown) => void>>();
  const selfId = options.selfId ?? 1;
  const users = new Map<number, FakeUser>((options.users ?? []).map((user) => [user.userId, user]));
  const logged = <A extends unknown[], R>(name: string, result: (...args: A) => R) =>
    vi.fn((...args: A) => {
      log.push(name);
      return result(...args);
    });
  const ok = async () => '' as const;
  const player = (userId: number) => {
    const element = document.createElement('video-player');
    element.setAttribute('node-id', String(userId));
    return element;
  };
  const track = (kind: string) => ({
    start: logged(`${kind}.start`, async (_element?: unknown) => undefined),
    stop: logged(`${kind}.stop`, async () => undefined),
    unmute: logged(`${kind}.unmute`, async () => undefined),
    getCurrentVolume: vi.fn(() => 0.5),
  });

  const stream = {
    startAudio: logged('startAudio', ok),
    stopAudio: logged('stopAudio', ok),
    muteAudio: logged('muteAudio', ok),
    unmuteAudio: logged('unmuteAudio', ok),
    startVideo: logged('startVideo', ok),
    stopVideo: logged('stopVideo', ok),
    switchCamera: logged('switchCamera', ok),
    switchMicrophone: logged('switchMicrophone', ok),
    switchSpeaker: logged('switchSpeaker', ok),
    attachVideo: logged('attachVideo', async (userId: number, _quality: number) => player(userId)),
    detachVideo: logged('detachVideo', async (_userId: number, element?: Element) => element),
    attachShareView: logged('attachShareView', async (userId: number) => player(userId)),
    detachShareView: logged(
      'detachShareView',
      async (_userId: number, element?: Element) => element,
    ),
    startShareScreen: logged('startShareScreen', ok),
    stopShareScreen: logged('stopShareScreen', ok),
    getMaxRenderableVideos: vi.fn(() => 25),
    getActiveShareUserId: vi.fn(() => 0),
    isSupportHDVideo: vi.fn(() => false),
    isStartShareScreenWithVideoElement: vi.fn(() => true),
  };

  const client = {
    init: logged('init', ok),
    join: logged('join', ok),
    leave: logged('leave', ok),
    on: vi.fn((event: string, handler: (payload: unknown) => void) => {
      const set = handlers.get(event) ?? new Set();
      handlers.set(event, set.add(handler));
    }),
    off: vi.fn((event: string, handler: (payload: unknown) => void) => {
      handlers.get(event)?.delete(handler);
    }),
    getMediaStream: vi.fn(() => stream),
    getCurrentUserInfo: vi.fn(() => users.get(selfId) ?? { userId: selfId, displayName: 'me' }),
    getAllUser: logged('getAllUser', () => [...users.values()]),
  };

  const sdk = {
    checkSystemRequirements: vi.fn(() => ({ audio: true, video: true, screen: true })),
    createClient: logged('createClient', () => client),
    destroyClient: logged('destroyClient', async () => undefined),
    getDevices: vi.fn(async () => [
      { kind: 'videoinput', deviceId: 'cam-1', label: 'Front camera', groupId: '' },
      { kind: 'audioinput', deviceId: 'mic-1', label: 'Built-in microphone', groupId: '' },
      { kind: 'audiooutput', deviceId: 'spk-1', label: 'Speakers', groupId: '' },
    ]),
    createLocalVideoTrack: vi.fn((_deviceId?: string) => track('previewVideo')),
    createLocalAudioTrack: vi.fn((_deviceId?: string) => track('previewAudio')),
  };

  return {
    sdk,
    client,
    stream,
    log,
    users,
    /** Fires an SDK event as Zoom would. */
    emit(event: string, payload?: unknown) {
      for (const handler of [...(handlers.get(event) ?? [])]) handler(payload);
    },
    /** How many listeners are registered (0 after destroy). */
    listenerCount() {
      return [...handlers.values()].reduce((sum, set) => sum + set.size, 0);
    },
  };
}

/** The fake SDK's shape. */
export type FakeZoomSdk = ReturnType<typeof createFakeZoomSdk>;
