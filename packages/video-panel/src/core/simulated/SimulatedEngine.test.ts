import type { Participant } from '../types';
import { SimulatedEngine } from './SimulatedEngine';

const join = { sessionName: 's', userName: '山田', role: 'participant' as const };

/** A MediaDevices stand-in for jsdom: streams of fake tracks that record stop(). */
function fakeMediaDevices() {
  const tracks: { kind: string; readyState: string; stop: () => void }[] = [];
  const stream = (kind: string) => {
    const track = {
      kind,
      readyState: 'live',
      stop: vi.fn(() => (track.readyState = 'ended')),
      addEventListener: vi.fn(),
    };
    tracks.push(track);
    return { getTracks: () => [track], getVideoTracks: () => [track] } as unknown as MediaStream;
  };
  const media = {
    getUserMedia: vi.fn(async (constraints: MediaStreamConstraints) =>
      stream(constraints.video ? 'video' : 'audio'),
    ),
    getDisplayMedia: vi.fn(async () => stream('screen')),
    enumerateDevices: vi.fn(async () => [
      { kind: 'videoinput', deviceId: 'cam', label: 'Cam', groupId: '' },
    ]),
  };
  return { media: media as unknown as MediaDevices, tracks, calls: media };
}

describe('SimulatedEngine (jsdom)', () => {
  afterEach(() => vi.useRealTimers());

  it('runs its script after join: joins, speaking, sharing, network, reconnecting, ended by host', async () => {
    vi.useFakeTimers();
    const engine = new SimulatedEngine({
      localMedia: 'synthetic',
      joinDelayMs: 100,
      participants: [{ id: 'staff', name: '佐藤', host: true }],
      script: [
        {
          afterMs: 1000,
          action: { type: 'join', participant: { id: 'kid', name: '鈴木', muted: true } },
        },
        { afterMs: 2000, action: { type: 'update', id: 'staff', speaking: true } },
        { afterMs: 3000, action: { type: 'share', id: 'staff' } },
        { afterMs: 4000, action: { type: 'network', id: 'self', quality: 'poor' } },
        { afterMs: 5000, action: { type: 'connection', state: 'reconnecting' } },
        { afterMs: 6000, action: { type: 'end', reason: 'ended-by-host' } },
      ],
    });
    let roster: readonly Participant[] = [];
    const connection = vi.fn();
    const share = vi.fn();
    engine.on('participants', (list) => (roster = list));
    engine.on('connection', connection);
    engine.on('share', share);
    const joined = engine.join(join);
    await vi.advanceTimersByTimeAsync(100);
    await joined;
    expect(roster.map((p) => p.name)).toEqual(['山田', '佐藤']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(roster.find((p) => p.id === 'kid')).toMatchObject({ audio: 'muted', videoOn: true });
    await vi.advanceTimersByTimeAsync(2000);
    expect(roster.find((p) => p.id === 'staff')).toMatchObject({ speaking: true, sharing: true });
    expect(share).toHaveBeenLastCalledWith('staff');
    await vi.advanceTimersByTimeAsync(2000);
    expect(roster.find((p) => p.isSelf)?.network).toBe('poor');
    expect(connection).toHaveBeenLastCalledWith({ state: 'reconnecting' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(connection).toHaveBeenLastCalledWith({
      state: 'closed',
      reason: 'ended-by-host',
      error: undefined,
    });
  });

  it('fails to join when told to, and never connects with an infinite delay', async () => {
    await expect(
      new SimulatedEngine({ joinDelayMs: 0, joinError: 'session-full' }).join(join),
    ).rejects.toMatchObject({ code: 'session-full' });
    const pending = vi.fn();
    void new SimulatedEngine({ joinDelayMs: Number.POSITIVE_INFINITY }).join(join).then(pending);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pending).not.toHaveBeenCalled();
  });

  it('captures through getUserMedia and stops every track on leave', async () => {
    const { media, tracks, calls } = fakeMediaDevices();
    const engine = new SimulatedEngine({ mediaDevices: media, joinDelayMs: 0 });
    await engine.startPreviewVideo(document.createElement('div'), 'cam');
    expect(calls.getUserMedia).toHaveBeenCalledWith({ video: { deviceId: { exact: 'cam' } } });
    await engine.join(join);
    expect(tracks[0]?.readyState).toBe('ended');
    await engine.startAudio({ muted: false });
    await engine.startVideo();
    await engine.startShare();
    expect(engine.getLocalTracks()).toHaveLength(3);
    await engine.muteAudio();
    expect(engine.getLocalTracks()).toHaveLength(2);
    await engine.leave();
    expect(engine.getLocalTracks()).toEqual([]);
    expect(tracks.every((track) => track.readyState === 'ended')).toBe(true);
  });

  it('fails like a browser would when scripted, and without media APIs', async () => {
    const scripted = new SimulatedEngine({ deviceErrors: { camera: 'in-use' } });
    await expect(scripted.startPreviewVideo(document.createElement('div'))).rejects.toMatchObject({
      code: 'camera-in-use',
    });
    const bare = new SimulatedEngine({ mediaDevices: null });
    await expect(bare.startPreviewAudio()).rejects.toMatchObject({ code: 'browser-unsupported' });
    expect((await bare.prepare()).screenShare).toBe(false);
  });

  it('renders nothing into a slot where canvases cannot be captured (jsdom), so the tile shows its initial', async () => {
    const engine = new SimulatedEngine({
      localMedia: 'synthetic',
      joinDelayMs: 0,
      participants: [{ id: 'a', name: 'A' }],
    });
    await engine.join(join);
    const root = engine.mountRenderRoot(document.body, 'video');
    const slot = root.appendChild(document.createElement('div'));
    await engine.attachVideo('a', slot);
    expect(slot.childElementCount).toBe(0);
    await engine.destroy();
    expect(root.isConnected).toBe(false);
  });
});
