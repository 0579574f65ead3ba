// Requests for the camera and microphone that answer late — after stop, a newer start, join, leave
// or destroy — must not leave a track live (issue 4: a pre-join microphone race seen in the portal).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everyTrackEnds, recordCapturedTracks } from '../../testing/media.browser';
import { SimulatedEngine } from './SimulatedEngine';

const join = { sessionName: 'demo', userName: '山田 花子', role: 'participant' as const };
let recorder: ReturnType<typeof recordCapturedTracks>;
let slot: HTMLElement;

beforeEach(() => {
  recorder = recordCapturedTracks({ hold: true });
  slot = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  recorder.answer();
  recorder.restore();
  slot.remove();
});

/** Waits until `count` getUserMedia requests are pending (their tracks already exist). */
const pending = (count: number) => expect.poll(recorder.pending, { timeout: 5000 }).toBe(count);

describe('SimulatedEngine: late answers from getUserMedia (Chromium, fake devices)', () => {
  it('destroy while the preview microphone and camera are being opened: both end (5 times)', async () => {
    for (let round = 0; round < 5; round += 1) {
      const engine = new SimulatedEngine();
      const audio = engine.startPreviewAudio();
      const video = engine.startPreviewVideo(slot);
      await pending(2);
      await engine.destroy();
      recorder.answer();
      await Promise.all([audio, video]);
      await everyTrackEnds(recorder);
      expect(engine.getLocalTracks()).toEqual([]);
      expect(engine.getPreviewAudioLevel()).toBe(0);
      expect(slot.querySelector('video')).toBeNull();
    }
    expect(recorder.tracks).toHaveLength(10);
  });

  it('two previews started at once (React Strict Mode) keep one microphone; destroy ends it', async () => {
    const engine = new SimulatedEngine();
    const first = engine.startPreviewAudio();
    const second = engine.startPreviewAudio();
    await pending(2);
    recorder.answer();
    await Promise.all([first, second]);
    expect(recorder.tracks).toHaveLength(2);
    expect(recorder.live()).toHaveLength(1);
    expect(engine.getLocalTracks()).toEqual(recorder.live());
    await engine.destroy();
    await everyTrackEnds(recorder);
  });

  it('joining while the preview microphone is pending: the late preview track ends; leaving ends the rest', async () => {
    const engine = new SimulatedEngine({ joinDelayMs: 0 });
    const preview = engine.startPreviewAudio();
    await pending(1);
    await engine.join(join);
    recorder.answer();
    await preview;
    await expect.poll(() => recorder.live()).toEqual([]);
    const audio = engine.startAudio({ muted: false });
    await pending(1);
    recorder.answer();
    await audio;
    expect(recorder.live().map((track) => track.kind)).toEqual(['audio']);
    await engine.leave();
    await everyTrackEnds(recorder);
    await engine.destroy();
  });

  it('leaving while the session microphone and camera are pending: both end when they answer', async () => {
    const engine = new SimulatedEngine({ joinDelayMs: 0 });
    await engine.join(join);
    const audio = engine.startAudio({ muted: false });
    const video = engine.startVideo();
    await pending(2);
    await engine.leave();
    recorder.answer();
    await Promise.all([audio, video]);
    await everyTrackEnds(recorder);
    expect(engine.getLocalTracks()).toEqual([]);
    await engine.destroy();
  });

  it('muting while unmuting is pending ends the microphone and keeps the person muted', async () => {
    const engine = new SimulatedEngine({ joinDelayMs: 0 });
    const rosters: boolean[] = [];
    engine.on('participants', (people) =>
      rosters.push(people.find((person) => person.isSelf)?.audio === 'unmuted'),
    );
    await engine.join(join);
    const unmute = engine.unmuteAudio();
    await pending(1);
    await engine.muteAudio();
    recorder.answer();
    await unmute;
    await everyTrackEnds(recorder);
    expect(rosters.at(-1)).toBe(false);
    await engine.destroy();
  });
});
