import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { framesArrive, recordCapturedTracks } from '../../testing/media.browser';
import { SimulatedEngine } from './SimulatedEngine';

const join = { sessionName: 'demo', userName: '山田 花子', role: 'participant' as const };
let recorder: ReturnType<typeof recordCapturedTracks>;
let host: HTMLElement;

beforeEach(() => {
  recorder = recordCapturedTracks();
  host = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  recorder.restore();
  host.remove();
});

function slotIn(parent: HTMLElement) {
  const slot = document.createElement('div');
  slot.style.inlineSize = '320px';
  slot.style.blockSize = '180px';
  return parent.appendChild(slot);
}

describe('SimulatedEngine in Chromium with fake devices', () => {
  it('previews the real (fake) camera: frames arrive; the microphone level moves', async () => {
    const engine = new SimulatedEngine();
    const devices = await engine.listDevices();
    expect(devices.cameras.length).toBeGreaterThan(0);
    const slot = slotIn(host);
    await engine.startPreviewVideo(slot);
    await framesArrive(slot.querySelector('video') as HTMLVideoElement);
    await engine.startPreviewAudio();
    await expect
      .poll(() => engine.getPreviewAudioLevel(), { timeout: 5000, interval: 50 })
      .toBeGreaterThan(0);
    await engine.destroy();
    expect(recorder.live()).toEqual([]);
  });

  it('turning the preview camera off ends its track; on again starts a new one', async () => {
    const engine = new SimulatedEngine();
    const slot = slotIn(host);
    await engine.startPreviewVideo(slot);
    const [first] = recorder.tracks;
    expect(first?.readyState).toBe('live');
    await engine.stopPreviewVideo();
    expect(first?.readyState).toBe('ended');
    expect(slot.querySelector('video')).toBeNull();
    await engine.startPreviewVideo(slot);
    expect(recorder.live()).toHaveLength(1);
    await framesArrive(slot.querySelector('video') as HTMLVideoElement);
    await engine.destroy();
  });

  it('in the session: self view and a simulated participant render real frames; toggles stop and start tracks; leaving stops every track', async () => {
    const engine = new SimulatedEngine({
      joinDelayMs: 0,
      participants: [{ id: 'staff', name: '相談員 佐藤', speaking: true }],
    });
    await engine.startPreviewVideo(slotIn(host));
    await engine.startPreviewAudio();
    await engine.join(join);
    expect(recorder.live()).toEqual([]);

    await engine.startAudio({ muted: false });
    await engine.startVideo();
    expect(
      recorder
        .live()
        .map((track) => track.kind)
        .sort(),
    ).toEqual(['audio', 'video']);

    const root = engine.mountRenderRoot(host, 'video');
    const self = slotIn(root);
    const remote = slotIn(root);
    await engine.attachVideo('self', self);
    await engine.attachVideo('staff', remote);
    await framesArrive(self.querySelector('video') as HTMLVideoElement);
    const remoteVideo = remote.querySelector('video') as HTMLVideoElement;
    await framesArrive(remoteVideo);
    expect(remoteVideo.videoWidth).toBe(320);

    await engine.muteAudio();
    expect(recorder.live().map((track) => track.kind)).toEqual(['video']);
    await engine.unmuteAudio();
    await engine.stopVideo();
    expect(recorder.live().map((track) => track.kind)).toEqual(['audio']);
    await engine.startVideo();
    expect(recorder.live()).toHaveLength(2);

    await engine.leave();
    expect(recorder.tracks.length).toBeGreaterThanOrEqual(6);
    expect(recorder.live()).toEqual([]);
    expect(engine.getLocalTracks()).toEqual([]);
    expect(remote.querySelector('video')).toBeNull();
    await engine.destroy();
  });

  it('draws a synthetic self view from a canvas when asked not to use the camera', async () => {
    const engine = new SimulatedEngine({ localMedia: 'synthetic' });
    const slot = slotIn(host);
    await engine.startPreviewVideo(slot);
    await framesArrive(slot.querySelector('video') as HTMLVideoElement);
    expect(recorder.tracks).toEqual([]);
    await engine.destroy();
  });
});
