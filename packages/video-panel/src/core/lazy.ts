import { type VideoEngine, VideoEngineEmitter } from './engine';
import type { VideoEngineEventMap, VideoEngineKind } from './types';

/** A VideoEngine whose implementation is imported on first use. */
export interface LazyVideoEngine extends VideoEngine {
  /** Loads the real engine (once); every async method waits for this itself. */
  ready(): Promise<VideoEngine>;
  /** The real engine once loaded (e.g. to script a SimulatedEngine), otherwise `null`. */
  readonly loaded: VideoEngine | null;
}

const events: (keyof VideoEngineEventMap)[] = [
  'connection',
  'participants',
  'share',
  'devices',
  'capabilities',
  'audio-blocked',
  'media-failed',
];

/** The async methods of VideoEngine, by name. */
const engineMethod =
  /^(prepare|listDevices|start|stop|join|leave|resume|mute|unmute|switch|attach|detach)/;

/** An emitter whose `emit` the facade may call. */
class Relay extends VideoEngineEmitter {
  relay<K extends keyof VideoEngineEventMap>(type: K, payload: VideoEngineEventMap[K]) {
    this.emit(type, payload);
  }
}

/**
 * An engine whose implementation `load` imports on first use (`prepare` or `join`), so a page that
 * shows the panel does not download the engine it will not use: the Zoom adapter arrives together
 * with the Zoom SDK, the simulated one only in demo mode. Use it to put another SDK behind the panel
 * lazily too. Events of the loaded engine are re-emitted.
 */
export function lazyVideoEngine(
  kind: VideoEngineKind,
  load: () => Promise<VideoEngine>,
): LazyVideoEngine {
  const relay = new Relay();
  let engine: VideoEngine | null = null;
  let loading: Promise<VideoEngine> | null = null;
  const ready = () => {
    loading ??= load().then((loaded) => {
      for (const type of events) loaded.on(type, (payload) => relay.relay(type, payload as never));
      engine = loaded;
      return loaded;
    });
    return loading;
  };
  const own: Partial<LazyVideoEngine> = {
    kind,
    ready,
    get loaded() {
      return engine;
    },
    on: (type, listener) => relay.on(type, listener),
    getPreviewAudioLevel: () => engine?.getPreviewAudioLevel() ?? 0,
    // The stage mounts only in session, after `join` has loaded the engine.
    mountRenderRoot(host, root) {
      if (!engine) throw new Error('mountRenderRoot() before prepare() or join()');
      return engine.mountRenderRoot(host, root);
    },
    // Nothing to release if the engine was never loaded.
    destroy: async () => {
      if (loading) await (await loading).destroy();
    },
  };
  // Every other engine method is async: wait for the engine, then call it (one rule, not 23
  // wrappers). Only engine method names are forwarded, so probes such as `then` (await) or
  // `toJSON` see nothing.
  return new Proxy(own, {
    get: (target, key) =>
      key in target || typeof key !== 'string' || !engineMethod.test(key)
        ? target[key as keyof LazyVideoEngine]
        : (...args: unknown[]) =>
            ready().then((loaded) =>
              (loaded[key as keyof VideoEngine] as (...a: unknown[]) => unknown)(...args),
            ),
  }) as LazyVideoEngine;
}
