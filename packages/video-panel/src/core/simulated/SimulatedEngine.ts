import type { VideoEngine } from '../engine';
import { VideoEngineEmitter } from '../engine';
import { VideoError, type VideoErrorCode } from '../errors';
import { videoErrorFromMediaError } from '../media-errors';
import type {
  DeviceLists,
  EndReason,
  EngineCapabilities,
  JoinParams,
  Participant,
  RenderRootKind,
} from '../types';
import { captureDevice, listDevices, type SimulatedDeviceError } from './devices';
import { type LocalSlot, LocalStreams } from './local';
import { FeedPainter, playStream, StreamLevel, stopStream } from './media';
import { type SimulatedAction, type SimulatedParticipantInit, toParticipant } from './script';

/** A scripted step: `action` runs `afterMs` after the join succeeds. */
export interface SimulatedStep {
  /** Milliseconds after join. */
  afterMs: number;
  /** What happens. */
  action: SimulatedAction;
}

/** Options of {@link SimulatedEngine}. */
export interface SimulatedEngineOptions {
  /** Remote participants already in the session when this person joins. */
  participants?: readonly SimulatedParticipantInit[];
  /** What happens after join, in order of time. */
  script?: readonly SimulatedStep[];
  /**
   * `device` (default): the real camera and microphone through getUserMedia. `synthetic`: a drawn
   * self view and a synthetic level, for Storybook and demos without a camera or a permission prompt.
   */
  localMedia?: 'device' | 'synthetic';
  /** Make the camera or microphone fail as a browser would (permission denied, none, in use). */
  deviceErrors?: { camera?: SimulatedDeviceError; microphone?: SimulatedDeviceError };
  /** How long joining takes; `Infinity` never connects (to show the joining state). Defaults to 400. */
  joinDelayMs?: number;
  /** Make joining fail with this code (e.g. `connection-failed`). */
  joinError?: VideoErrorCode;
  /** How many videos a gallery page may render. Defaults to 25. */
  maxRenderableVideos?: number;
  /** Where media comes from; defaults to `navigator.mediaDevices` (tests may pass their own). */
  mediaDevices?: MediaDevices | null;
}

const selfId = 'self';

/**
 * A real engine that needs no Zoom account: the local camera and microphone through getUserMedia,
 * and simulated remote participants — canvas `captureStream()` video with their names and synthetic
 * audio levels — whose join, leave, mute, speaking, sharing and network quality are scripted with
 * {@link SimulatedEngineOptions.script} or {@link SimulatedEngine.simulate}. Used by Storybook, the
 * tests and the portal's demo mode.
 */
export class SimulatedEngine extends VideoEngineEmitter implements VideoEngine {
  /** Always `simulated`: the panel says "demo mode" plainly. */
  readonly kind = 'simulated' as const;
  private readonly options: SimulatedEngineOptions;
  private readonly people = new Map<string, Participant>();
  private readonly feeds = new FeedPainter();
  private readonly rendered = new Map<HTMLElement, HTMLElement>();
  private readonly roots = new Map<RenderRootKind, HTMLElement>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly streams = new LocalStreams({
    // The synthetic self view is a shared canvas feed, not a device: dropped, never stopped late.
    release: (slot, stream) => {
      if (this.synthetic && (slot === 'video' || slot === 'preview-video')) this.feeds.drop(selfId);
      else stopStream(stream);
    },
    discard: (stream) => {
      if (!this.synthetic) stopStream(stream);
    },
  });
  private previewElement: HTMLElement | undefined;
  private previewLevel: Pick<StreamLevel, 'level' | 'close'> | undefined;
  private joined = false;
  private userName = '';
  private sharerId: string | null = null;

  /** Creates the engine; nothing is captured until a preview or the session starts. */
  constructor(options: SimulatedEngineOptions = {}) {
    super();
    this.options = options;
  }

  private get media(): MediaDevices | null {
    if (this.options.mediaDevices !== undefined) return this.options.mediaDevices;
    return typeof navigator === 'undefined' ? null : (navigator.mediaDevices ?? null);
  }

  private get synthetic(): boolean {
    return this.options.localMedia === 'synthetic';
  }

  /** Captures a camera or microphone (or a drawn self view), failing as scripted. */
  private async capture(kind: 'camera' | 'microphone', deviceId?: string) {
    if (this.synthetic && !this.options.deviceErrors?.[kind]) {
      const self = this.feeds.get(selfId, { name: this.userName || '🙂', level: () => 0 });
      return kind === 'camera' ? (self.stream ?? undefined) : undefined;
    }
    return captureDevice(this.media, kind, deviceId, this.options.deviceErrors?.[kind]);
  }

  /** Captures the camera or microphone into `slot`; `false` if it arrived too late to keep. */
  private open(slot: LocalSlot, kind: 'camera' | 'microphone', deviceId?: string) {
    return this.streams.acquire(slot, () => this.capture(kind, deviceId));
  }

  async prepare(): Promise<EngineCapabilities> {
    return {
      screenShare: typeof this.media?.getDisplayMedia === 'function',
      speakerSelection:
        !this.synthetic &&
        typeof HTMLMediaElement !== 'undefined' &&
        'setSinkId' in HTMLMediaElement.prototype,
      maxRenderableVideos: Math.min(25, this.options.maxRenderableVideos ?? 25),
    };
  }

  listDevices(): Promise<DeviceLists> {
    return listDevices(this.synthetic ? null : this.media, this.options.deviceErrors);
  }

  async startPreviewVideo(slot: HTMLElement, deviceId?: string): Promise<void> {
    this.previewElement?.remove();
    this.previewElement = undefined;
    const stream = await this.open('preview-video', 'camera', deviceId);
    if (stream) this.previewElement = playStream(slot, stream);
  }

  async stopPreviewVideo(): Promise<void> {
    this.previewElement?.remove();
    this.previewElement = undefined;
    this.streams.release('preview-video');
  }

  async startPreviewAudio(deviceId?: string): Promise<void> {
    this.previewLevel?.close();
    this.previewLevel = undefined;
    const stream = await this.open('preview-audio', 'microphone', deviceId);
    if (stream === false) return;
    // Synthetic mode has no stream: a slow wave stands in for a voice.
    this.previewLevel = stream
      ? new StreamLevel(stream)
      : { level: () => 0.3 + 0.25 * Math.sin(Date.now() / 180), close() {} };
  }

  async stopPreviewAudio(): Promise<void> {
    this.previewLevel?.close();
    this.previewLevel = undefined;
    this.streams.release('preview-audio');
  }

  getPreviewAudioLevel(): number {
    return this.previewLevel?.level() ?? 0;
  }

  /** Every local track now live (preview and session), for tests and diagnostics. */
  getLocalTracks(): MediaStreamTrack[] {
    return this.streams.liveTracks();
  }

  async join({ userName, role }: JoinParams): Promise<void> {
    await Promise.all([this.stopPreviewVideo(), this.stopPreviewAudio()]);
    const { joinDelayMs = 400, joinError } = this.options;
    if (joinDelayMs === Number.POSITIVE_INFINITY) return new Promise<void>(() => {});
    await new Promise<void>((resolve) => this.after(joinDelayMs, resolve));
    if (joinError) throw new VideoError(joinError);
    this.userName = userName;
    this.joined = true;
    this.people.clear();
    const self = toParticipant({ name: userName, host: role === 'host', videoOn: false }, selfId);
    this.people.set(selfId, { ...self, isSelf: true, audio: 'off' });
    for (const init of this.options.participants ?? []) this.add(init);
    this.changed();
    const sharer = [...this.people.values()].find((person) => person.sharing);
    if (sharer) this.simulate({ type: 'share', id: sharer.id });
    this.emit('connection', { state: 'connected' });
    for (const step of this.options.script ?? [])
      this.after(step.afterMs, () => this.simulate(step.action));
  }

  async leave(options: { endForAll?: boolean } = {}): Promise<void> {
    this.end('closed', options.endForAll ? 'ended-for-all' : 'left');
  }

  async startAudio({
    muted,
    microphoneId,
  }: {
    muted: boolean;
    microphoneId?: string;
  }): Promise<void> {
    // Muted means no capture at all, so the microphone light is off until the person unmutes.
    if (muted) this.streams.release('audio');
    else if ((await this.open('audio', 'microphone', microphoneId)) === false) return;
    this.patch(selfId, { audio: muted ? 'muted' : 'unmuted' });
  }

  async resumeAudio(): Promise<void> {}

  async muteAudio(): Promise<void> {
    this.streams.release('audio');
    this.patch(selfId, { audio: 'muted' });
  }

  async unmuteAudio(): Promise<void> {
    if ((await this.open('audio', 'microphone')) === false) return;
    this.patch(selfId, { audio: 'unmuted' });
  }

  async startVideo(deviceId?: string): Promise<void> {
    if ((await this.open('video', 'camera', deviceId)) === false) return;
    this.patch(selfId, { videoOn: true });
  }

  async stopVideo(): Promise<void> {
    this.streams.release('video');
    this.patch(selfId, { videoOn: false });
  }

  async switchCamera(deviceId: string): Promise<void> {
    await this.startVideo(deviceId);
  }

  async switchMicrophone(deviceId: string): Promise<void> {
    await this.open('audio', 'microphone', deviceId);
  }

  async switchSpeaker(): Promise<void> {}

  async startShare(): Promise<void> {
    const media = this.media;
    if (typeof media?.getDisplayMedia !== 'function') throw new VideoError('share-denied');
    const share = await this.streams.acquire('share', () =>
      media.getDisplayMedia({ video: true }).catch((error: unknown) => {
        throw videoErrorFromMediaError(error, 'screen');
      }),
    );
    if (!share) return;
    // The browser's own "stop sharing" button ends the track without asking us.
    share.getVideoTracks()[0]?.addEventListener('ended', () => {
      if (this.streams.get('share') === share) void this.stopShare();
    });
    this.patch(selfId, { sharing: true });
  }

  async stopShare(): Promise<void> {
    this.streams.release('share');
    this.patch(selfId, { sharing: false });
  }

  mountRenderRoot(host: HTMLElement, kind: RenderRootKind): HTMLElement {
    let root = this.roots.get(kind);
    if (!root) {
      root = document.createElement('div');
      root.setAttribute('data-render-root', kind);
      this.roots.set(kind, root);
    }
    if (root.parentElement !== host) host.append(root);
    return root;
  }

  async attachVideo(participantId: string, slot: HTMLElement): Promise<void> {
    const person = this.people.get(participantId);
    const stream =
      participantId === selfId
        ? this.streams.get('video')
        : person &&
          this.feeds.get(participantId, {
            name: person.name,
            level: () => this.level(participantId),
          }).stream;
    await this.detachVideo(participantId, slot);
    if (stream) this.rendered.set(slot, playStream(slot, stream));
  }

  async detachVideo(_participantId: string, slot: HTMLElement): Promise<void> {
    this.rendered.get(slot)?.remove();
    this.rendered.delete(slot);
  }

  async attachShare(participantId: string, slot: HTMLElement): Promise<void> {
    const person = this.people.get(participantId);
    if (!person) return;
    const stream = this.feeds.get(`share:${participantId}`, {
      name: person.name,
      level: () => 0,
      share: true,
    }).stream;
    await this.detachShare(participantId, slot);
    if (stream) this.rendered.set(slot, playStream(slot, stream));
  }

  async detachShare(participantId: string, slot: HTMLElement): Promise<void> {
    return this.detachVideo(participantId, slot);
  }

  /** Runs one scripted action now: someone joins, leaves, mutes, speaks, shares, the network drops… */
  simulate(action: SimulatedAction): void {
    if (!this.joined) return;
    switch (action.type) {
      case 'join':
        this.add(action.participant);
        this.changed();
        break;
      case 'leave':
        this.people.delete(action.id);
        this.feeds.drop(action.id);
        if (this.sharerId === action.id) this.simulate({ type: 'share', id: null });
        this.changed();
        break;
      case 'update': {
        const { id, type: _type, muted, ...rest } = action;
        const audio = muted === undefined ? {} : ({ audio: muted ? 'muted' : 'unmuted' } as const);
        this.patch(id, { ...rest, ...audio });
        break;
      }
      case 'network':
        this.patch(action.id, { network: action.quality });
        break;
      case 'share':
        if (this.sharerId) this.patch(this.sharerId, { sharing: false });
        if (this.sharerId !== action.id) this.feeds.drop(`share:${this.sharerId}`);
        this.sharerId = action.id;
        if (action.id) this.patch(action.id, { sharing: true });
        this.emit('share', action.id);
        break;
      case 'connection':
        this.emit('connection', { state: action.state });
        break;
      case 'end':
        this.end('closed', action.reason);
        break;
      case 'fail':
        this.end('failed', 'failed', new VideoError(action.code ?? 'connection-failed'));
        break;
    }
  }

  /** A synthetic level: speaking, unmuted people talk in bursts; everyone else is silent. */
  private level(id: string): number {
    const person = this.people.get(id);
    if (!person?.speaking || person.audio !== 'unmuted') return 0;
    return 0.35 + 0.45 * Math.abs(Math.sin(Date.now() / 140 + id.length));
  }

  private add(init: SimulatedParticipantInit) {
    const id = init.id ?? `remote-${this.people.size}`;
    this.people.set(id, toParticipant(init, id));
  }

  private patch(id: string, patch: Partial<Participant>) {
    const person = this.people.get(id);
    if (!person) return;
    this.people.set(id, { ...person, ...patch });
    this.changed();
  }

  private changed() {
    this.emit('participants', [...this.people.values()]);
  }

  private after(ms: number, run: () => void) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }

  /** Ends the session: every local track stops, every feed stops, timers are cleared. */
  private end(state: 'closed' | 'failed', reason: EndReason, error?: VideoError) {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const element of this.rendered.values()) element.remove();
    this.rendered.clear();
    for (const slot of ['video', 'audio', 'share'] as const) this.streams.release(slot);
    this.feeds.dropAll();
    this.sharerId = null;
    if (!this.joined) return;
    this.joined = false;
    this.emit('share', null);
    this.emit('connection', { state, reason, error });
  }

  async destroy(): Promise<void> {
    this.end('closed', 'left');
    await Promise.all([this.stopPreviewVideo(), this.stopPreviewAudio()]);
    for (const root of this.roots.values()) root.remove();
    this.roots.clear();
    this.people.clear();
  }
}
export type { SimulatedDeviceError } from './devices';
