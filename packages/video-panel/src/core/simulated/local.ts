import { Acquisitions } from '../acquisitions';
import { stopStream } from './media';

/** Where a local stream lives: the pre-join preview or the session. */
export type LocalSlot = 'preview-video' | 'preview-audio' | 'video' | 'audio' | 'share';

/** How a stream that is not a device is let go of (the synthetic self view is a shared feed). */
export interface LocalStreamsOptions {
  /** Stops what a slot held when it is released. Defaults to stopping its tracks. */
  release?: (slot: LocalSlot, stream: MediaStream | undefined) => void;
  /** Stops a stream that arrived after its slot moved on. Defaults to stopping its tracks. */
  discard?: (stream: MediaStream | undefined) => void;
}

/**
 * The simulated engine's local streams, one per slot, with acquisition tickets: releasing a slot
 * (stop, leave, destroy) or starting it again makes a capture still pending for it stale, and a
 * stale capture is stopped the moment it arrives instead of being kept.
 */
export class LocalStreams {
  private readonly streams = new Map<LocalSlot, MediaStream>();
  private readonly tickets = new Acquisitions<LocalSlot>();

  constructor(private readonly options: LocalStreamsOptions = {}) {}

  /** The stream a slot holds now. */
  get(slot: LocalSlot): MediaStream | undefined {
    return this.streams.get(slot);
  }

  /** Stops what `slot` holds and makes a capture still pending for it stale. */
  release(slot: LocalSlot): void {
    this.tickets.take(slot);
    const stream = this.streams.get(slot);
    this.streams.delete(slot);
    (this.options.release ?? ((_, held) => stopStream(held)))(slot, stream);
  }

  /**
   * Releases `slot`, then captures into it. Resolves `false` — having stopped whatever arrived, and
   * swallowing a late failure — when a newer start, a stop, leave or destroy came while it waited.
   */
  async acquire(
    slot: LocalSlot,
    capture: () => Promise<MediaStream | undefined>,
  ): Promise<MediaStream | undefined | false> {
    this.release(slot);
    const ticket = this.tickets.take(slot);
    let stream: MediaStream | undefined;
    try {
      stream = await capture();
    } catch (error) {
      if (this.tickets.current(slot, ticket)) throw error;
      return false;
    }
    if (!this.tickets.current(slot, ticket)) {
      (this.options.discard ?? stopStream)(stream);
      return false;
    }
    if (stream) this.streams.set(slot, stream);
    return stream;
  }

  /** Every track still live, in any slot. */
  liveTracks(): MediaStreamTrack[] {
    return [...this.streams.values()]
      .flatMap((stream) => stream.getTracks())
      .filter((track) => track.readyState === 'live');
  }
}
