// Browser media helpers for the simulated engine. Every helper checks for its API first, so in a DOM
// without media (jsdom, an old browser) the engine renders nothing rather than failing.

/** Whether canvases can be turned into video streams here (`captureStream`). */
export function canCaptureCanvas(): boolean {
  return (
    typeof HTMLCanvasElement !== 'undefined' &&
    typeof HTMLCanvasElement.prototype.captureStream === 'function'
  );
}

/** Plays a stream in a new muted, inline `<video>` inside `slot` and returns the element. */
export function playStream(slot: HTMLElement, stream: MediaStream): HTMLVideoElement {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.autoplay = true;
  video.srcObject = stream;
  slot.append(video);
  // Autoplay of a muted inline video is allowed everywhere; the catch covers a detach mid-start.
  void video.play?.()?.catch(() => {});
  return video;
}

/** Stops every track of a stream (the camera or microphone light goes off). */
export function stopStream(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

const palette = ['#1d3557', '#3a0ca3', '#264653', '#5a189a', '#6a040f', '#14213d', '#2b2d42'];

/** A stable dark background colour for a name, so each simulated person is recognisable. */
function colourFor(name: string): string {
  let hash = 0;
  for (const character of name) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) | 0;
  return palette[Math.abs(hash) % palette.length] as string;
}

/** What a simulated video frame shows. */
export interface FeedContent {
  /** The person's name, drawn large. */
  name: string;
  /** 0–1; drawn as a level bar (synthetic audio level). */
  level: () => number;
  /** Draw a screen-share page instead of a camera picture. */
  share?: boolean;
}

/**
 * A canvas drawn a few times a second with a name, a moving marker (so frames visibly change) and
 * an audio level bar, exposed as a real MediaStream through `captureStream()`.
 */
export class CanvasFeed {
  /** The stream to render; `null` where canvases cannot be captured. */
  readonly stream: MediaStream | null;
  private readonly canvas: HTMLCanvasElement | null = null;
  private frame = 0;

  constructor(private readonly content: FeedContent) {
    if (!canCaptureCanvas()) {
      this.stream = null;
      return;
    }
    this.canvas = document.createElement('canvas');
    this.canvas.width = content.share ? 640 : 320;
    this.canvas.height = content.share ? 360 : 180;
    this.stream = this.canvas.captureStream(10);
    this.draw();
  }

  /** Draws the next frame. */
  draw(): void {
    const context = this.canvas?.getContext('2d');
    if (!this.canvas || !context) return;
    const { width, height } = this.canvas;
    const { name, share } = this.content;
    this.frame += 1;
    context.fillStyle = share ? '#f2f2f2' : colourFor(name);
    context.fillRect(0, 0, width, height);
    context.fillStyle = share ? '#333333' : '#ffffff';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.font = `bold ${Math.round(height / 7)}px sans-serif`;
    if (share) {
      for (let line = 0; line < 6; line += 1) context.fillRect(60, 90 + line * 36, width - 120, 12);
      context.fillText(name, width / 2, 40);
    } else {
      context.fillText(name, width / 2, height / 2);
    }
    const x = (this.frame * 6) % width;
    context.fillRect(x, height - 10, 24, 4);
    const level = Math.min(1, Math.max(0, this.content.level()));
    context.fillStyle = '#71c598';
    context.fillRect(8, height - 20, (width / 3) * level, 6);
  }

  /** Stops the stream's tracks. */
  stop(): void {
    stopStream(this.stream);
  }
}

/** Paints every simulated feed from one timer; canvases are only captured, so 10 fps is plenty. */
export class FeedPainter {
  private readonly feeds = new Map<string, CanvasFeed>();
  private timer: ReturnType<typeof setInterval> | null = null;

  /** The feed for `id`, created (and painted from then on) on first use. */
  get(id: string, content: FeedContent): CanvasFeed {
    let feed = this.feeds.get(id);
    if (!feed) {
      feed = new CanvasFeed(content);
      this.feeds.set(id, feed);
      this.timer ??= setInterval(() => {
        for (const each of this.feeds.values()) each.draw();
      }, 100);
    }
    return feed;
  }

  /** Stops and forgets one feed; the timer stops with the last one. */
  drop(id: string): void {
    this.feeds.get(id)?.stop();
    this.feeds.delete(id);
    if (this.feeds.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  /** Stops every feed. */
  dropAll(): void {
    for (const id of [...this.feeds.keys()]) this.drop(id);
  }
}

/** The level of a live microphone stream through an AnalyserNode, where Web Audio exists. */
export class StreamLevel {
  private readonly context: AudioContext | null = null;
  private readonly analyser: AnalyserNode | null = null;
  private readonly samples: Uint8Array<ArrayBuffer> | null = null;

  constructor(stream: MediaStream) {
    if (typeof AudioContext === 'undefined') return;
    this.context = new AudioContext();
    this.analyser = this.context.createAnalyser();
    this.analyser.fftSize = 512;
    this.samples = new Uint8Array(this.analyser.fftSize);
    this.context.createMediaStreamSource(stream).connect(this.analyser);
  }

  /** Root-mean-square level of the latest samples, scaled to 0–1. */
  level(): number {
    if (!this.analyser || !this.samples) return 0;
    this.analyser.getByteTimeDomainData(this.samples);
    let sum = 0;
    for (const sample of this.samples) sum += ((sample - 128) / 128) ** 2;
    return Math.min(1, Math.sqrt(sum / this.samples.length) * 4);
  }

  /** Releases the audio graph. */
  close(): void {
    void this.context?.close().catch(() => {});
  }
}
