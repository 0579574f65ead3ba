// The framework-free entry: no React, no DOM. Servers and other back ends import only this.

/** Which engine runs a video session: the Zoom Video SDK, or the simulated engine used for demos and tests. */
export const videoEngineKinds = ['zoom', 'simulated'] as const;

/** One of {@link videoEngineKinds}. */
export type VideoEngineKind = (typeof videoEngineKinds)[number];

/** Whether a value is a known VideoEngineKind. */
export function isVideoEngineKind(value: unknown): value is VideoEngineKind {
  return typeof value === 'string' && (videoEngineKinds as readonly string[]).includes(value);
}
