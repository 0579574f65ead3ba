import { Acquisitions } from '../acquisitions';
import { mediaElement, run, type ZoomAudioTrack, type ZoomSdk, type ZoomVideoTrack } from './sdk';

/**
 * The pre-join camera and microphone on the SDK's local tracks. A track that finishes opening after
 * a stop or a newer start is stopped again once open: the SDK's `stop()` during `start()` may not
 * stop a device that arrives later.
 */
export class ZoomPreview {
  private video: { track: ZoomVideoTrack; element: HTMLElement } | null = null;
  private audio: ZoomAudioTrack | null = null;
  private readonly tickets = new Acquisitions<'video' | 'audio'>();

  constructor(private readonly load: () => Promise<ZoomSdk>) {}

  async startVideo(slot: HTMLElement, deviceId?: string): Promise<void> {
    const ticket = this.tickets.take('video');
    await this.releaseVideo();
    const sdk = await this.load();
    if (!this.tickets.current('video', ticket)) return;
    const track = sdk.createLocalVideoTrack(deviceId);
    const element = mediaElement('video') as HTMLVideoElement;
    slot.append(element);
    this.video = { track, element };
    try {
      await run(track.start(element), 'camera');
    } catch (error) {
      element.remove();
      if (this.video?.track === track) this.video = null;
      if (this.tickets.current('video', ticket)) throw error;
      return;
    }
    // Stopped (or replaced) while the camera was opening: stop it again now that it is open.
    if (!this.tickets.current('video', ticket)) await track.stop().catch(() => {});
  }

  async stopVideo(): Promise<void> {
    this.tickets.revoke('video');
    await this.releaseVideo();
  }

  async startAudio(deviceId?: string): Promise<void> {
    const ticket = this.tickets.take('audio');
    await this.releaseAudio();
    const sdk = await this.load();
    if (!this.tickets.current('audio', ticket)) return;
    const track = sdk.createLocalAudioTrack(deviceId);
    this.audio = track;
    try {
      await run(track.start(), 'microphone');
      // The track starts muted; the meter needs the level, and nothing is sent before join.
      if (this.tickets.current('audio', ticket)) await run(track.unmute(), 'microphone');
    } catch (error) {
      if (this.tickets.current('audio', ticket)) throw error;
    }
    // Stopped (or replaced) while the microphone was opening: stop it again now that it is open.
    if (!this.tickets.current('audio', ticket)) await track.stop().catch(() => {});
  }

  async stopAudio(): Promise<void> {
    this.tickets.revoke('audio');
    await this.releaseAudio();
  }

  /** The microphone preview's level, 0–1. */
  level(): number {
    const level = this.audio?.getCurrentVolume() ?? 0;
    return Math.min(1, Math.max(0, Number.isFinite(level) ? level : 0));
  }

  private async releaseVideo(): Promise<void> {
    const preview = this.video;
    this.video = null;
    if (!preview) return;
    preview.element.remove();
    await preview.track.stop();
  }

  private async releaseAudio(): Promise<void> {
    const track = this.audio;
    this.audio = null;
    await track?.stop();
  }
}
