import type { VideoEngine } from './engine';
import { lazyVideoEngine } from './lazy';
import type { SimulatedEngineOptions } from './simulated/SimulatedEngine';
import type { VideoEngineKind } from './types';
import type { ZoomEngineOptions } from './zoom/ZoomEngine';

/** Options for each engine {@link createVideoEngine} may create. */
export interface CreateVideoEngineOptions {
  /** For `zoom`: where the SDK's assets live, render limits, HD. */
  zoom?: ZoomEngineOptions;
  /** For `simulated` (demo mode): scripted participants, synthetic media. */
  simulated?: SimulatedEngineOptions;
}

/**
 * The engine for the token service's `engine` answer: `zoom` when the city has Zoom credentials,
 * `simulated` (demo mode) when it has not. Nothing is loaded yet: the engine's code (and for Zoom
 * the SDK) is imported when the preview or the join starts.
 */
export function createVideoEngine(
  kind: VideoEngineKind,
  options: CreateVideoEngineOptions = {},
): VideoEngine {
  return lazyVideoEngine(kind, async () =>
    kind === 'zoom'
      ? new (await import('./zoom/ZoomEngine')).ZoomEngine(options.zoom)
      : new (await import('./simulated/SimulatedEngine')).SimulatedEngine(options.simulated),
  );
}
