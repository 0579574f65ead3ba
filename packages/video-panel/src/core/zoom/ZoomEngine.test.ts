import type { Participant, VideoEngineEventMap } from '../types';
import { createFakeZoomSdk, type FakeZoomSdk } from './testing/fakeZoomSdk';
import { ZoomEngine } from './ZoomEngine';

const zoom = vi.hoisted(() => ({ fake: null as unknown as FakeZoomSdk, imports: 0 }));

vi.mock('@zoom/videosdk', () => {
  zoom.imports += 1;
  // A proxy, so each test's fresh fake is what the (cached) module hands out.
  return {
    default: new Proxy({}, { get: (_, key) => zoom.fake.sdk[key as keyof FakeZoomSdk['sdk']] }),
  };
});

const details = {
  sessionName: 'booking-abc',
  token: 'jwt',
  userName: '山田 花子',
  role: 'participant' as const,
};

function record(engine: ZoomEngine) {
  const events: { [K in keyof VideoEngineEventMap]?: VideoEngineEventMap[K][] } = {};
  for (const type of [
    'connection',
    'participants',
    'share',
    'capabilities',
    'audio-blocked',
    'media-failed',
  ] as const) {
    const list: unknown[] = [];
    (events as Record<string, unknown[]>)[type] = list;
    engine.on(type, (payload: unknown) => list.push(payload));
  }
  return events;
}

const lastRoster = (events: ReturnType<typeof record>) =>
  events.participants?.at(-1) as readonly Participant[];

beforeEach(() => {
  zoom.fake = createFakeZoomSdk({
    selfId: 1,
    users: [
      { userId: 1, displayName: '山田 花子' },
      {
        userId: 2,
        displayName: '相談員 佐藤',
        bVideoOn: true,
        audio: 'computer',
        muted: false,
        isHost: true,
      },
      { userId: 3, displayName: '通訳 李', bVideoOn: false, audio: 'computer', muted: true },
    ],
  });
});

describe('ZoomEngine', () => {
  it('does not load the SDK until a preview or a join starts', async () => {
    const engine = new ZoomEngine();
    expect(zoom.imports).toBe(0);
    await engine.prepare();
    expect(zoom.imports).toBe(1);
    expect(zoom.fake.log).toEqual(['createClient', 'init']);
    expect(zoom.fake.client.init).toHaveBeenCalledWith(
      'jp-JP',
      'Global',
      expect.objectContaining({ enforceMultipleVideos: { disableRenderLimits: true } }),
    );
  });

  it('passes a self-hosted asset path and reports capabilities', async () => {
    const engine = new ZoomEngine({ dependentAssets: '/zoom/lib', enforceMultipleVideos: true });
    const capabilities = await engine.prepare();
    expect(zoom.fake.client.init).toHaveBeenCalledWith('jp-JP', '/zoom/lib', expect.anything());
    expect(capabilities.maxRenderableVideos).toBe(4);
  });

  it('refuses a browser the SDK cannot run in', async () => {
    zoom.fake.sdk.checkSystemRequirements.mockReturnValue({
      audio: false,
      video: false,
      screen: false,
    });
    await expect(new ZoomEngine().prepare()).rejects.toMatchObject({ code: 'browser-unsupported' });
  });

  it('joins with the topic, token and name, reads everyone already present, and starts no audio by itself', async () => {
    const engine = new ZoomEngine();
    const events = record(engine);
    await engine.join(details);
    expect(zoom.fake.log).toEqual(['createClient', 'init', 'join', 'getAllUser']);
    expect(zoom.fake.client.join).toHaveBeenCalledWith('booking-abc', 'jwt', '山田 花子');
    expect(zoom.fake.stream.startAudio).not.toHaveBeenCalled();
    expect(lastRoster(events).map((p) => [p.name, p.isSelf, p.videoOn, p.audio, p.isHost])).toEqual(
      [
        ['山田 花子', true, false, 'off', false],
        ['相談員 佐藤', false, true, 'unmuted', true],
        ['通訳 李', false, false, 'muted', false],
      ],
    );
    expect(events.connection?.at(-1)).toEqual({ state: 'connected' });
    expect(events.capabilities?.at(-1)?.maxRenderableVideos).toBe(25);

    await engine.startAudio({ muted: true, microphoneId: 'mic-1' });
    expect(zoom.fake.stream.startAudio).toHaveBeenCalledWith({ mute: true, microphoneId: 'mic-1' });
    expect(lastRoster(events)[0]?.audio).toBe('muted');
  });

  it('renders a video-player into the slot and takes it out again', async () => {
    const engine = new ZoomEngine();
    await engine.join(details);
    const root = engine.mountRenderRoot(document.body, 'video');
    expect(root.localName).toBe('video-player-container');
    expect(engine.mountRenderRoot(document.body, 'video')).toBe(root);
    const slot = root.appendChild(document.createElement('div'));
    await engine.attachVideo('2', slot);
    expect(zoom.fake.stream.attachVideo).toHaveBeenCalledWith(2, 2);
    expect(slot.querySelector('video-player')?.getAttribute('node-id')).toBe('2');
    await engine.detachVideo('2', slot);
    expect(zoom.fake.stream.detachVideo).toHaveBeenCalledWith(2, expect.any(HTMLElement));
    expect(slot.childElementCount).toBe(0);
  });

  it('detaches a video that was detached before it finished attaching', async () => {
    const engine = new ZoomEngine();
    await engine.join(details);
    const slot = document.createElement('div');
    const attaching = engine.attachVideo('2', slot);
    await engine.detachVideo('2', slot);
    await attaching;
    expect(slot.childElementCount).toBe(0);
    expect(zoom.fake.stream.detachVideo).toHaveBeenCalledTimes(1);
  });

  it('follows user, video, speaker, share and network events', async () => {
    const engine = new ZoomEngine();
    const events = record(engine);
    await engine.join(details);
    zoom.fake.emit('user-added', [
      { userId: 4, displayName: '生徒 4', bVideoOn: false, audio: '' },
    ]);
    zoom.fake.emit('peer-video-state-change', { action: 'Start', userId: 4 });
    zoom.fake.emit('user-updated', [{ userId: 3, muted: false }]);
    zoom.fake.emit('active-speaker', [{ userId: 3 }]);
    zoom.fake.emit('network-quality-change', { userId: 2, type: 'uplink', level: 5 });
    zoom.fake.emit('network-quality-change', { userId: 2, type: 'downlink', level: 1 });
    zoom.fake.emit('user-removed', [{ userId: 4 }]);
    zoom.fake.emit('active-share-change', { state: 'Active', userId: 2 });
    const byName = Object.fromEntries(lastRoster(events).map((p) => [p.name, p]));
    expect(byName['生徒 4']).toBeUndefined();
    expect(byName['通訳 李']).toMatchObject({ audio: 'unmuted', speaking: true });
    expect(byName['相談員 佐藤']).toMatchObject({ network: 'poor', speaking: false });
    expect(events.participants?.some((list) => list.some((p) => p.id === '4' && p.videoOn))).toBe(
      true,
    );
    expect(events.share?.at(-1)).toBe('2');
  });

  it('maps failures by errorCode, whatever the type says', async () => {
    zoom.fake.client.join.mockRejectedValueOnce({
      type: 'SOMETHING_NEW',
      reason: 'x',
      errorCode: 200,
    });
    await expect(new ZoomEngine().join(details)).rejects.toMatchObject({
      code: 'connection-failed',
      sdkCode: 200,
    });

    const engine = new ZoomEngine();
    await engine.join(details);
    zoom.fake.stream.startAudio.mockRejectedValueOnce({
      type: 'INVALID_OPERATION',
      reason: 'x',
      errorCode: 6010,
      subCode: 3,
    });
    await expect(engine.startAudio({ muted: false })).rejects.toMatchObject({
      code: 'microphone-in-use',
    });
    zoom.fake.stream.startVideo.mockResolvedValueOnce({
      type: 'INVALID_OPERATION',
      reason: 'x',
      errorCode: 6103,
    } as never);
    await expect(engine.startVideo()).rejects.toMatchObject({ code: 'camera-in-use' });
  });

  it('reports a failed asset load at join', async () => {
    zoom.fake.client.init.mockRejectedValueOnce({
      type: 'INVALID_OPERATION',
      reason: 'x',
      errorCode: 5001,
    });
    await expect(new ZoomEngine().join(details)).rejects.toMatchObject({
      code: 'assets-unreachable',
    });
    expect(zoom.fake.client.join).not.toHaveBeenCalled();
  });

  it('reports reconnecting and back, and the end with its reason, stopping local media', async () => {
    const engine = new ZoomEngine();
    const events = record(engine);
    await engine.join(details);
    zoom.fake.emit('connection-change', { state: 'Reconnecting' });
    zoom.fake.emit('connection-change', { state: 'Connected' });
    zoom.fake.emit('connection-change', { state: 'Closed', reason: 'ended by host' });
    zoom.fake.emit('connection-change', { state: 'Closed', reason: 'ended by host' });
    expect(events.connection?.map((change) => change.state)).toEqual([
      'connected',
      'reconnecting',
      'connected',
      'closed',
    ]);
    expect(events.connection?.at(-1)?.reason).toBe('ended-by-host');
    await vi.waitFor(() => expect(zoom.fake.stream.stopVideo).toHaveBeenCalled());
  });

  it('reports a terminal failure', async () => {
    const engine = new ZoomEngine();
    const events = record(engine);
    await engine.join(details);
    zoom.fake.emit('connection-change', { state: 'Fail' });
    expect(events.connection?.at(-1)).toMatchObject({
      state: 'failed',
      reason: 'failed',
      error: { code: 'connection-failed' },
    });
  });

  it('asks for a click when audio autoplay is blocked, and passes media failures on', async () => {
    const engine = new ZoomEngine();
    const events = record(engine);
    await engine.join(details);
    zoom.fake.emit('auto-play-audio-failed');
    zoom.fake.emit('device-permission-change', { name: 'camera', state: 'denied' });
    expect(events['audio-blocked']).toHaveLength(1);
    expect(events['media-failed']?.[0]?.code).toBe('camera-denied');
  });

  it('previews into a video element and stops the preview before joining', async () => {
    const engine = new ZoomEngine();
    const slot = document.createElement('div');
    await engine.startPreviewVideo(slot, 'cam-1');
    await engine.startPreviewAudio('mic-1');
    expect(zoom.fake.sdk.createLocalVideoTrack).toHaveBeenCalledWith('cam-1');
    expect(slot.querySelector('video')).not.toBeNull();
    expect(engine.getPreviewAudioLevel()).toBe(0.5);
    await engine.join(details);
    expect(zoom.fake.log.indexOf('previewVideo.stop')).toBeLessThan(zoom.fake.log.indexOf('join'));
    expect(zoom.fake.log.indexOf('previewAudio.stop')).toBeLessThan(zoom.fake.log.indexOf('join'));
    expect(slot.querySelector('video')).toBeNull();
  });

  it('stops a preview track again when it finishes opening after stop or a newer start', async () => {
    const engine = new ZoomEngine();
    const events: string[] = [];
    const opening: (() => void)[] = [];
    const slowTrack = (kind: string) => () => {
      const name = `${kind}${opening.length}`;
      return {
        start: vi.fn(
          () =>
            new Promise<undefined>((resolve) =>
              opening.push(() => {
                events.push(`${name} open`);
                resolve(undefined);
              }),
            ),
        ),
        stop: vi.fn(async () => void events.push(`${name} stop`)),
        unmute: vi.fn(async () => undefined),
        getCurrentVolume: vi.fn(() => 0.5),
      };
    };
    zoom.fake.sdk.createLocalAudioTrack.mockImplementation(slowTrack('audio') as never);
    zoom.fake.sdk.createLocalVideoTrack.mockImplementation(slowTrack('video') as never);
    await engine.prepare();
    // Strict Mode: two previews race; then the person leaves the page while both are opening.
    const first = engine.startPreviewAudio();
    const second = engine.startPreviewAudio();
    const camera = engine.startPreviewVideo(document.createElement('div'));
    await vi.waitFor(() => expect(opening.length).toBeGreaterThanOrEqual(2));
    await engine.stopPreviewAudio();
    await engine.stopPreviewVideo();
    for (const open of opening) open();
    await Promise.all([first, second, camera]);
    expect(engine.getPreviewAudioLevel()).toBe(0);
    // Every track that opened was stopped after it opened (a stop while opening is not enough).
    const opened = events.filter((event) => event.endsWith(' open')).map((e) => e.split(' ')[0]);
    expect(opened.length).toBeGreaterThan(0);
    for (const name of opened) {
      const mine = events.filter((event) => event.startsWith(`${name} `));
      expect(mine.at(-1), events.join(', ')).toBe(`${name} stop`);
    }
  });

  it('leaves by stopping every track first; a host may end the session for everyone', async () => {
    const engine = new ZoomEngine();
    const events = record(engine);
    await engine.join({ ...details, role: 'host' });
    await engine.startVideo('cam-1');
    const slot = document.createElement('div');
    await engine.attachVideo('2', slot);
    await engine.leave({ endForAll: true });
    const order = ['detachVideo', 'stopVideo', 'stopAudio', 'leave'].map((call) =>
      zoom.fake.log.indexOf(call),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(zoom.fake.client.leave).toHaveBeenCalledWith(true);
    expect(events.connection?.at(-1)).toMatchObject({ state: 'closed', reason: 'ended-for-all' });
  });

  it('cleans up on destroy (leave, stop listening, destroy the client) and can start again', async () => {
    const engine = new ZoomEngine();
    await engine.join(details);
    const root = engine.mountRenderRoot(document.body, 'video');
    await engine.destroy();
    expect(zoom.fake.client.leave).toHaveBeenCalledWith(false);
    expect(zoom.fake.sdk.destroyClient).toHaveBeenCalled();
    expect(zoom.fake.listenerCount()).toBe(0);
    expect(root.isConnected).toBe(false);
    await engine.prepare();
    expect(zoom.fake.sdk.createClient).toHaveBeenCalledTimes(2);
  });
});
