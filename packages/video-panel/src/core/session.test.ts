import { VideoError } from './errors';
import { createVideoSession } from './session';
import { SimulatedEngine, type SimulatedEngineOptions } from './simulated/SimulatedEngine';
import type { VideoSessionDetails } from './types';

const details: VideoSessionDetails = {
  engine: 'simulated',
  sessionName: 'booking-abc',
  userName: '山田 花子',
  role: 'participant',
  expiresAt: '2026-12-01T11:00:00+09:00',
};
const beforeExpiry = () => Date.parse('2026-12-01T10:00:00+09:00');

function setup(options: SimulatedEngineOptions = {}, overrides: Partial<VideoSessionDetails> = {}) {
  const engine = new SimulatedEngine({ localMedia: 'synthetic', joinDelayMs: 0, ...options });
  const session = createVideoSession({
    engine,
    details: { ...details, ...overrides },
    now: beforeExpiry,
  });
  const changes = vi.fn();
  session.subscribe(changes);
  const texts = () => session.getSnapshot().announcements.map((a) => [a.key, a.values?.name]);
  return { engine, session, changes, texts };
}

describe('createVideoSession', () => {
  it('starts before joining, with the camera and microphone meant to be on', () => {
    const { session } = setup();
    expect(session.getSnapshot()).toMatchObject({
      phase: 'pre-join',
      connection: 'idle',
      userName: '山田 花子',
      camera: { on: true, error: null },
      microphone: { on: true, error: null },
      capabilities: null,
    });
  });

  it('prepares: capabilities, devices, and the microphone preview', async () => {
    const { session, engine, changes } = setup();
    const startPreviewAudio = vi.spyOn(engine, 'startPreviewAudio');
    await session.prepare();
    expect(session.getSnapshot().capabilities?.maxRenderableVideos).toBe(25);
    expect(session.getSnapshot().devices.cameras).toHaveLength(1);
    expect(startPreviewAudio).toHaveBeenCalledTimes(1);
    expect(changes).toHaveBeenCalled();
    expect(session.getSnapshot()).toBe(session.getSnapshot());
  });

  it('starts no preview once disposed or joining, even if prepare was still listing devices', async () => {
    for (const interrupt of ['dispose', 'join'] as const) {
      const { session, engine } = setup();
      let listed: () => void = () => {};
      vi.spyOn(engine, 'listDevices').mockImplementation(
        () =>
          new Promise((resolve) => {
            listed = () => resolve({ cameras: [], microphones: [], speakers: [] });
          }),
      );
      const startPreviewAudio = vi.spyOn(engine, 'startPreviewAudio');
      const preparing = session.prepare();
      await vi.waitFor(() => expect(engine.listDevices).toHaveBeenCalled());
      const interrupted = interrupt === 'dispose' ? session.dispose() : session.join();
      listed();
      await Promise.all([preparing, interrupted]);
      expect(startPreviewAudio, interrupt).not.toHaveBeenCalled();
    }
  });

  it('a slower, older device change does not overwrite a newer one', async () => {
    const { session, engine } = setup();
    await session.prepare();
    let opened: () => void = () => {};
    vi.spyOn(engine, 'startPreviewAudio').mockImplementationOnce(
      () => new Promise<void>((resolve) => (opened = resolve)),
    );
    await session.setMicrophone(false);
    const on = session.setMicrophone(true);
    await session.setMicrophone(false);
    opened();
    await on;
    expect(session.getSnapshot().microphone).toMatchObject({ on: false, pending: false });
  });

  it('keeps a device failure with the device turned off', async () => {
    const { session } = setup({ deviceErrors: { microphone: 'denied', camera: 'missing' } });
    await session.prepare();
    session.setPreviewSlot(document.createElement('div'));
    await session.setCamera(true);
    expect(session.getSnapshot().microphone).toMatchObject({
      on: false,
      error: { code: 'microphone-denied' },
    });
    expect(session.getSnapshot().camera).toMatchObject({ on: false, error: { code: 'no-camera' } });
    expect(session.getSnapshot().devices.cameras).toEqual([]);
    session.dismissError('camera');
    expect(session.getSnapshot().camera.error).toBeNull();
  });

  it('joins from the button: audio starts muted or not as chosen, the camera if on', async () => {
    const { session, engine, texts } = setup({
      participants: [{ name: '相談員 佐藤', host: true }],
    });
    const startAudio = vi.spyOn(engine, 'startAudio');
    const startVideo = vi.spyOn(engine, 'startVideo');
    await session.setMicrophone(false);
    const joining = session.join();
    expect(session.getSnapshot().phase).toBe('joining');
    expect(startAudio).not.toHaveBeenCalled();
    await joining;
    expect(startAudio).toHaveBeenCalledWith({ muted: true });
    expect(startVideo).toHaveBeenCalled();
    const snapshot = session.getSnapshot();
    expect(snapshot).toMatchObject({ phase: 'in-session', connection: 'connected' });
    expect(snapshot.participants.map((p) => p.name)).toEqual(['山田 花子', '相談員 佐藤']);
    expect(snapshot.participants[0]).toMatchObject({ isSelf: true, audio: 'muted', videoOn: true });
    expect(snapshot.activeSpeakerId).toBeNull();
    expect(texts()[0]).toEqual(['video.announce.inSession', undefined]);
  });

  it('announces joins, leaves, mute changes and connection changes', async () => {
    const { session, engine, texts } = setup({ participants: [{ id: 'staff', name: '佐藤' }] });
    await session.join();
    engine.simulate({ type: 'join', participant: { id: 'kid', name: '鈴木' } });
    engine.simulate({ type: 'update', id: 'staff', muted: true, speaking: true });
    engine.simulate({ type: 'connection', state: 'reconnecting' });
    expect(session.getSnapshot().connection).toBe('reconnecting');
    engine.simulate({ type: 'connection', state: 'connected' });
    engine.simulate({ type: 'leave', id: 'kid' });
    expect(texts().slice(-5)).toEqual([
      ['video.announce.joined', '鈴木'],
      ['video.announce.other.muted', '佐藤'],
      ['video.reconnecting.body', undefined],
      ['video.announce.reconnected', undefined],
      ['video.announce.left', '鈴木'],
    ]);
    expect(session.getSnapshot().activeSpeakerId).toBe('staff');
  });

  it('toggles media in session through the engine and follows a host muting this person', async () => {
    const { session, engine, texts } = setup();
    await session.join();
    await session.setMicrophone(false);
    expect(session.getSnapshot().microphone.on).toBe(false);
    await session.setCamera(false);
    expect(session.getSnapshot().participants[0]).toMatchObject({ audio: 'muted', videoOn: false });
    expect(
      texts()
        .slice(-2)
        .map(([key]) => key),
    ).toEqual(['video.announce.self.muted', 'video.announce.self.videoOff']);
    await session.setMicrophone(true);
    engine.simulate({ type: 'update', id: 'self', muted: true });
    expect(session.getSnapshot().microphone.on).toBe(false);
  });

  it('ends when the host ends the session', async () => {
    const { session, engine } = setup();
    await session.join();
    engine.simulate({ type: 'end', reason: 'ended-by-host' });
    expect(session.getSnapshot()).toMatchObject({
      phase: 'ended',
      endReason: 'ended-by-host',
      connection: 'closed',
    });
    expect(engine.getLocalTracks()).toEqual([]);
  });

  it('ends with the error when joining fails, and can try again', async () => {
    const { session, engine } = setup({ joinError: 'connection-failed' });
    await session.join();
    expect(session.getSnapshot()).toMatchObject({
      phase: 'ended',
      endReason: 'failed',
      error: { code: 'connection-failed' },
    });
    vi.spyOn(engine, 'join').mockResolvedValueOnce();
    await session.join();
    expect(session.getSnapshot().phase).toBe('in-session');
  });

  it('does not try a token that has expired', async () => {
    const { session, engine } = setup({}, { expiresAt: '2026-12-01T09:00:00+09:00' });
    const join = vi.spyOn(engine, 'join');
    await session.join();
    expect(join).not.toHaveBeenCalled();
    expect(session.getSnapshot().error?.code).toBe('token-expired');
  });

  it('leaves; only a host can end the session for everyone', async () => {
    const participant = setup();
    await participant.session.join();
    const leave = vi.spyOn(participant.engine, 'leave');
    await participant.session.leave({ endForAll: true });
    expect(leave).toHaveBeenCalledWith({ endForAll: false });
    expect(participant.session.getSnapshot().endReason).toBe('left');

    const host = setup({}, { role: 'host' });
    await host.session.join();
    await host.session.leave({ endForAll: true });
    expect(host.session.getSnapshot().endReason).toBe('ended-for-all');
  });

  it('asks for a click when audio is blocked', async () => {
    const { session, engine } = setup();
    await session.join();
    (engine as unknown as { emit: (type: string, payload: unknown) => void }).emit(
      'audio-blocked',
      undefined,
    );
    expect(session.getSnapshot().audioBlocked).toBe(true);
    const resume = vi.spyOn(engine, 'resumeAudio');
    await session.resumeAudio();
    expect(resume).toHaveBeenCalled();
    expect(session.getSnapshot().audioBlocked).toBe(false);
  });

  it('reports a preparation failure as the session error', async () => {
    const { session, engine } = setup();
    vi.spyOn(engine, 'prepare').mockRejectedValueOnce(new VideoError('browser-unsupported'));
    await session.prepare();
    expect(session.getSnapshot().error?.code).toBe('browser-unsupported');
  });

  it('disposes: the engine is destroyed, the store starts over and can be used again', async () => {
    const { session, engine } = setup();
    await session.join();
    const destroy = vi.spyOn(engine, 'destroy');
    await session.dispose();
    expect(destroy).toHaveBeenCalled();
    expect(session.getSnapshot()).toMatchObject({
      phase: 'pre-join',
      participants: [],
      announcements: [],
    });
    await session.join();
    expect(session.getSnapshot().phase).toBe('in-session');
  });
});
