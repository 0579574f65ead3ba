import { groupDevices } from '../devices';
import type { VideoEngine } from '../engine';
import { VideoEngineEmitter } from '../engine';
import { VideoError } from '../errors';
import type {
  DeviceLists,
  EndReason,
  EngineCapabilities,
  JoinParams,
  RenderRootKind,
} from '../types';
import { ZoomPreview } from './preview';
import { ZoomRoster, type ZoomUser } from './roster';
import {
  closedReasons,
  listenToZoom,
  mediaElement,
  type Rendered,
  release,
  run,
  type ZoomClient,
  type ZoomSdk,
  type ZoomStream,
} from './sdk';

/** Options of {@link ZoomEngine}. */
export interface ZoomEngineOptions {
  /**
   * Where the SDK loads its WebAssembly, workers and audio worklets: `'Global'` (Zoom's CDN, the
   * default), `'CDN'`, `'CN'`, or your own URL serving `@zoom/videosdk/dist/lib` (no outside requests).
   */
  dependentAssets?: string;
  /** The SDK's own language for its internal messages. Defaults to `jp-JP`. */
  language?: string;
  /**
   * Render several videos without SharedArrayBuffer (no cross-origin isolation needed). Defaults to
   * `{ disableRenderLimits: true }`: up to 25 on a gallery page.
   */
  enforceMultipleVideos?: boolean | { disableRenderLimits?: boolean };
  /** Send 720p where the SDK supports it here (needs cross-origin isolation). Defaults to `false`. */
  hd?: boolean;
  /** The quality asked for each rendered video (Zoom's `VideoQuality`, 2 = 360p). Defaults to 2. */
  videoQuality?: 0 | 1 | 2 | 3 | 4;
  /** How to load the SDK; defaults to `import('@zoom/videosdk')`. Replace it to load from elsewhere. */
  loadSdk?: () => Promise<{ default: ZoomSdk }>;
}

/**
 * The engine on the Zoom Video SDK 2.x. The SDK is loaded only when `prepare` (preview) or `join`
 * runs; one long-lived `<video-player-container>` per render root; everyone already in the session
 * is read with `getAllUser()` after join; leaving stops every track, leaves and destroys the client.
 */
export class ZoomEngine extends VideoEngineEmitter implements VideoEngine {
  /** Always `zoom`. */
  readonly kind = 'zoom' as const;
  private readonly options: ZoomEngineOptions;
  private sdk: ZoomSdk | null = null;
  private client: ZoomClient | null = null;
  private stream: ZoomStream | null = null;
  private initialising: Promise<void> | null = null;
  private readonly roster = new ZoomRoster((participants) =>
    this.emit('participants', participants),
  );
  private readonly roots = new Map<RenderRootKind, HTMLElement>();
  private readonly rendered = new Map<HTMLElement, Rendered>();
  private readonly preview = new ZoomPreview(() => this.load());
  private shareElement: HTMLElement | null = null;
  private audioOptions: Parameters<ZoomStream['startAudio']>[0] = {};
  private capabilities: EngineCapabilities | null = null;
  private joined = false;
  private leaving: EndReason | null = null;
  private unlisten: (() => void) | null = null;

  /** Creates the engine; nothing is loaded until `prepare` or `join`. */
  constructor(options: ZoomEngineOptions = {}) {
    super();
    this.options = options;
  }

  private async load(): Promise<ZoomSdk> {
    if (!this.sdk) {
      const module = await (this.options.loadSdk ?? (() => import('@zoom/videosdk')))();
      this.sdk = module.default;
    }
    return this.sdk;
  }

  private requireStream(): ZoomStream {
    if (!this.stream) throw new VideoError('invalid-join');
    return this.stream;
  }

  async prepare(): Promise<EngineCapabilities> {
    const sdk = await this.load();
    const support = sdk.checkSystemRequirements();
    if (!support.audio && !support.video)
      throw new VideoError('browser-unsupported', { sdkCode: 5000 });
    if (!this.client) {
      const client = sdk.createClient();
      this.client = client;
      this.unlisten = listenToZoom(client, {
        roster: this.roster,
        connection: (state) => {
          if (this.joined) this.emit('connection', { state });
        },
        ended: (failed, reason) => {
          void this.releaseMedia();
          if (failed) this.closed('failed', 'failed', new VideoError('connection-failed'));
          else this.closed('closed', closedReasons[reason ?? ''] ?? this.leaving ?? 'left');
        },
        share: (userId) => this.emit('share', userId === null ? null : String(userId)),
        shareStopped: () => {
          this.shareElement?.remove();
          this.shareElement = null;
          this.roster.patchSelf({ sharerOn: false });
        },
        devicesChanged: () => {
          void this.listDevices().then(
            (devices) => this.emit('devices', devices),
            () => {},
          );
        },
        audioBlocked: () => this.emit('audio-blocked', undefined),
        mediaFailed: (error) => this.emit('media-failed', error),
      });
      const { dependentAssets = 'Global', language = 'jp-JP' } = this.options;
      // Started now so the ~1.7 MB of media assets load while the person checks their camera;
      // a failure (e.g. 5001, assets unreachable) is reported by `join`.
      this.initialising = run(
        client.init(language, dependentAssets, {
          enforceMultipleVideos: this.options.enforceMultipleVideos ?? {
            disableRenderLimits: true,
          },
          patchJsMedia: true,
          leaveOnPageUnload: true,
          stayAwake: true,
        }),
      ).then(() => undefined);
      this.initialising.catch(() => {});
    }
    const multiple = this.options.enforceMultipleVideos ?? { disableRenderLimits: true };
    this.capabilities = {
      // Sending a screen needs getDisplayMedia, which mobile browsers lack.
      screenShare: support.screen && typeof navigator.mediaDevices?.getDisplayMedia === 'function',
      speakerSelection:
        typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype,
      maxRenderableVideos:
        typeof multiple === 'object' && multiple.disableRenderLimits ? 25 : multiple ? 4 : 1,
    };
    return this.capabilities;
  }

  async listDevices(): Promise<DeviceLists> {
    return groupDevices(await (await this.load()).getDevices());
  }

  startPreviewVideo(slot: HTMLElement, deviceId?: string): Promise<void> {
    return this.preview.startVideo(slot, deviceId);
  }

  stopPreviewVideo(): Promise<void> {
    return this.preview.stopVideo();
  }

  startPreviewAudio(deviceId?: string): Promise<void> {
    return this.preview.startAudio(deviceId);
  }

  stopPreviewAudio(): Promise<void> {
    return this.preview.stopAudio();
  }

  getPreviewAudioLevel(): number {
    return this.preview.level();
  }

  async join({ sessionName, token, userName }: JoinParams): Promise<void> {
    if (!this.client) await this.prepare();
    const client = this.client as ZoomClient;
    await this.initialising;
    // The preview holds the camera; the session's own capture cannot open it while it runs.
    await Promise.all([this.stopPreviewVideo(), this.stopPreviewAudio()]);
    this.leaving = null;
    await run(client.join(sessionName, token ?? '', userName));
    const stream = client.getMediaStream();
    this.stream = stream;
    this.joined = true;
    // People already present fire no `user-added`: sweep them now, then follow events.
    this.roster.reset(client.getCurrentUserInfo().userId, client.getAllUser() as ZoomUser[]);
    // The real render limit is known only now (it depends on SharedArrayBuffer and the token).
    const max = Math.min(25, Math.max(1, stream.getMaxRenderableVideos()));
    if (this.capabilities)
      this.emit('capabilities', { ...this.capabilities, maxRenderableVideos: max });
    const sharer = stream.getActiveShareUserId();
    if (sharer) this.emit('share', String(sharer));
    this.emit('connection', { state: 'connected' });
  }

  async leave(options: { endForAll?: boolean } = {}): Promise<void> {
    this.leaving = options.endForAll ? 'ended-for-all' : 'left';
    const client = this.client;
    await this.releaseMedia();
    if (client && this.joined) await run(client.leave(Boolean(options.endForAll))).catch(() => {});
    this.closed('closed', this.leaving);
  }

  async startAudio(options: { muted: boolean; microphoneId?: string; speakerId?: string }) {
    const { muted, microphoneId, speakerId } = options;
    this.audioOptions = {
      mute: muted,
      ...(microphoneId ? { microphoneId } : {}),
      ...(speakerId ? { speakerId } : {}),
    };
    await run(this.requireStream().startAudio(this.audioOptions), 'microphone');
    this.roster.patchSelf({ audio: 'computer', muted });
  }

  async resumeAudio(): Promise<void> {
    // The click that calls this is the gesture the browser wanted; asking again starts audio if it
    // never connected, and is a harmless no-op failure if it did.
    await run(this.requireStream().startAudio(this.audioOptions)).catch(() => {});
  }

  async muteAudio(): Promise<void> {
    await run(this.requireStream().muteAudio(), 'microphone');
    this.roster.patchSelf({ muted: true });
  }

  async unmuteAudio(): Promise<void> {
    await run(this.requireStream().unmuteAudio(), 'microphone');
    this.roster.patchSelf({ muted: false });
  }

  async startVideo(deviceId?: string): Promise<void> {
    const stream = this.requireStream();
    const hd = Boolean(this.options.hd && stream.isSupportHDVideo());
    await run(stream.startVideo({ ...(deviceId ? { cameraId: deviceId } : {}), hd }), 'camera');
    this.roster.patchSelf({ bVideoOn: true });
  }

  async stopVideo(): Promise<void> {
    await run(this.requireStream().stopVideo(), 'camera');
    this.roster.patchSelf({ bVideoOn: false });
  }

  async switchCamera(deviceId: string): Promise<void> {
    await run(this.requireStream().switchCamera(deviceId), 'camera');
  }

  async switchMicrophone(deviceId: string): Promise<void> {
    await run(this.requireStream().switchMicrophone(deviceId), 'microphone');
  }

  async switchSpeaker(deviceId: string): Promise<void> {
    if (this.stream) await run(this.stream.switchSpeaker(deviceId));
  }

  async startShare(): Promise<void> {
    const stream = this.requireStream();
    const element = mediaElement(
      stream.isStartShareScreenWithVideoElement() ? 'video' : 'canvas',
      true,
    );
    (this.roots.get('share') ?? document.body).append(element);
    this.shareElement = element;
    try {
      await run(stream.startShareScreen(element as HTMLVideoElement), 'screen');
    } catch (error) {
      element.remove();
      this.shareElement = null;
      throw error;
    }
    this.roster.patchSelf({ sharerOn: true });
  }

  async stopShare(): Promise<void> {
    const element = this.shareElement;
    this.shareElement = null;
    if (element && this.stream) await run(this.stream.stopShareScreen()).catch(() => {});
    element?.remove();
    this.roster.patchSelf({ sharerOn: false });
  }

  mountRenderRoot(host: HTMLElement, kind: RenderRootKind): HTMLElement {
    let root = this.roots.get(kind);
    if (!root) {
      root = document.createElement('video-player-container');
      root.setAttribute('data-render-root', kind);
      this.roots.set(kind, root);
    }
    if (root.parentElement !== host) host.append(root);
    return root;
  }

  attachVideo(participantId: string, slot: HTMLElement): Promise<void> {
    return this.render(participantId, slot, 'video');
  }

  detachVideo(_participantId: string, slot: HTMLElement): Promise<void> {
    return this.unrender(slot);
  }

  attachShare(participantId: string, slot: HTMLElement): Promise<void> {
    return this.render(participantId, slot, 'share');
  }

  detachShare(_participantId: string, slot: HTMLElement): Promise<void> {
    return this.unrender(slot);
  }

  private async render(participantId: string, slot: HTMLElement, kind: RenderRootKind) {
    const stream = this.requireStream();
    const userId = Number(participantId);
    // Registered before the await, so a detach that comes first is seen when the element arrives.
    const entry: Rendered = { userId, element: null, kind };
    this.rendered.set(slot, entry);
    const element =
      kind === 'video'
        ? await run(stream.attachVideo(userId, this.options.videoQuality ?? 2))
        : await run(stream.attachShareView(userId));
    entry.element = element;
    if (this.rendered.get(slot) === entry) slot.append(element);
    else await release(stream, entry);
  }

  private async unrender(slot: HTMLElement, stream = this.stream) {
    const entry = this.rendered.get(slot);
    this.rendered.delete(slot);
    if (entry && stream) await release(stream, entry);
  }

  /** Detaches every video, stops sharing, video and audio, and the previews: the camera light goes off. */
  private async releaseMedia() {
    // Read now: the SDK's Closed event may clear them while this runs.
    const stream = this.joined ? this.stream : null;
    const share = this.shareElement;
    this.shareElement = null;
    await Promise.all([...this.rendered.keys()].map((slot) => this.unrender(slot, stream)));
    if (stream) {
      if (share) await stream.stopShareScreen().catch(() => {});
      await stream.stopVideo().catch(() => {});
      await stream.stopAudio().catch(() => {});
    }
    share?.remove();
    await Promise.all([this.stopPreviewVideo(), this.stopPreviewAudio()]);
  }

  /** Reports the end once, whoever noticed it first (our leave or the SDK's event). */
  private closed(state: 'closed' | 'failed', reason: EndReason, error?: VideoError) {
    if (!this.joined) return;
    this.joined = false;
    this.stream = null;
    this.emit('share', null);
    this.emit('connection', { state, reason, error });
  }

  async destroy(): Promise<void> {
    if (this.joined) await this.leave();
    await this.releaseMedia();
    this.unlisten?.();
    this.unlisten = null;
    if (this.client && this.sdk) await this.sdk.destroyClient().catch(() => {});
    this.client = null;
    this.stream = null;
    this.initialising = null;
    for (const root of this.roots.values()) root.remove();
    this.roots.clear();
    this.roster.reset(0, []);
  }
}
