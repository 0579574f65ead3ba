// The framework-free entry: no React. Servers and other back ends import only this; the engines
// touch the DOM and the Zoom SDK only when their methods run, never on import.
export type { Announcement } from './announce';
export { type CreateVideoEngineOptions, createVideoEngine } from './createVideoEngine';
export { type VideoEngine, VideoEngineEmitter } from './engine';
export {
  isVideoError,
  toVideoError,
  VideoError,
  type VideoErrorCode,
  videoErrorCodes,
  videoErrorMessageKey,
} from './errors';
export { type LazyVideoEngine, lazyVideoEngine } from './lazy';
export { videoErrorFromMediaError } from './media-errors';
export { createVideoSession } from './session';
export type {
  LocalMediaState,
  SessionPhase,
  VideoSession,
  VideoSessionOptions,
  VideoSessionSnapshot,
} from './session-types';
export {
  type SimulatedDeviceError,
  SimulatedEngine,
  type SimulatedEngineOptions,
  type SimulatedStep,
} from './simulated/SimulatedEngine';
export type { SimulatedAction, SimulatedParticipantInit } from './simulated/script';
export * from './types';
export { videoErrorFromZoom } from './zoom/errors';
export { ZoomEngine, type ZoomEngineOptions } from './zoom/ZoomEngine';
